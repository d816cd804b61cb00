import type { DocumentPublicationView, DocumentVersionView, DocumentView } from './document-view';
import { versionInForceOn } from './version-in-force';

const ORIGINAL: DocumentVersionView = {
  version: 1,
  amendmentId: null,
  validFrom: '2026-01-01',
  validUntil: '2027-01-01',
  contentSha256: null,
  decidedOn: '2025-12-10',
  inForceFrom: null,
};
const AGREEMENT: DocumentView = {
  id: 'doc-dvo-gm0981',
  type: 'agreement',
  title: 'DVO Vaals',
  decidedOn: '2025-12-10',
  decidedBy: ['college:GM0981'],
  concerns: ['GM0981'],
  parties: [],
  contentSha256: null,
  publications: [],
  versions: [ORIGINAL],
  amendments: [],
};
const publication = (inForceFrom: string, fields: Partial<DocumentPublicationView> = {}): DocumentPublicationView => ({
  ...{ medium: 'gemeenteblad', publicationId: `gmb-${inForceFrom}`, publishedOn: inForceFrom, inForceFrom },
  ...{ amendmentId: null, publisher: 'college:GM0981', bringsIntoForce: true, ...fields },
});
const PUBLISHED: DocumentView = { ...AGREEMENT, publications: [publication('2026-01-30')] };
const answered = ({ decidedOn: _decidedOn, inForceFrom: _inForceFrom, ...version }: DocumentVersionView) => version;

/**
 * A term 2025-2027, published in force from 2025-01-15. Version 2 applies
 * retroactively from 2026-01-01 but was adopted on 2026-03-01; version 3 was
 * adopted on 2026-06-01 for 2027-01-01 on.
 */
const V1 = { ...ORIGINAL, validFrom: '2025-01-01', validUntil: '2026-01-01' };
const V2 = { ...ORIGINAL, version: 2, amendmentId: 'a-2', validFrom: '2026-01-01', validUntil: '2027-01-01', decidedOn: '2026-03-01', inForceFrom: '2026-03-01' };
const V3 = { ...ORIGINAL, version: 3, amendmentId: 'a-3', validFrom: '2027-01-01', validUntil: '2028-01-01', decidedOn: '2026-06-01', inForceFrom: '2027-01-01' };
const AMENDED: DocumentView = { ...AGREEMENT, publications: [publication('2025-01-15')], versions: [V1, V2, V3] };

describe('versionInForceOn', () => {
  it.each([
    ['the first day of the term', '2026-01-01', answered(ORIGINAL)],
    ['the last day of the term', '2026-12-31', answered(ORIGINAL)],
    ['the day before the term (validFrom is inclusive)', '2025-12-31', null],
    ['the day the term ends (validUntil is exclusive)', '2027-01-01', null],
  ])('on the valid axis answers for %s', (_, validOn, expected) => {
    expect(versionInForceOn(AGREEMENT, validOn, 'valid')).toEqual(expected);
  });

  it('on the inForce axis answers null without a publication, though the version is valid (Awb 3:40)', () => {
    expect(versionInForceOn(AGREEMENT, '2026-02-15', 'inForce')).toBeNull();
  });

  it('on the inForce axis answers null before inForceFrom and the version from inForceFrom on', () => {
    expect(versionInForceOn(PUBLISHED, '2026-01-29', 'inForce')).toBeNull();
    expect(versionInForceOn(PUBLISHED, '2026-01-30', 'inForce')).toEqual(answered(ORIGINAL));
  });

  it('on the inForce axis still answers null outside the validity, published or not', () => {
    expect(versionInForceOn(PUBLISHED, '2027-02-01', 'inForce')).toBeNull();
  });

  it.each([
    ['the last day of the original', '2025-12-31', V1, V1],
    ['a day version 2 covers retroactively, before its adoption: valid is 2, in force was still 1', '2026-02-01', V2, V1],
    ['the day version 2 was adopted', '2026-03-01', V2, V2],
    ['a day after the adoption', '2026-03-15', V2, V2],
    ['the last day before version 3 applies, adopted long since', '2026-12-31', V2, V2],
    ['the first day of version 3', '2027-01-01', V3, V3],
  ])('after amendments answers for %s', (_, validOn, valid, inForce) => {
    expect([versionInForceOn(AMENDED, validOn, 'valid'), versionInForceOn(AMENDED, validOn, 'inForce')]).toEqual([answered(valid), answered(inForce)]);
  });

  it('answers null on both axes before the original applies and from the end of the last version', () => {
    for (const validOn of ['2024-12-31', '2028-01-01']) {
      expect([versionInForceOn(AMENDED, validOn, 'valid'), versionInForceOn(AMENDED, validOn, 'inForce')]).toEqual([null, null]);
    }
  });

  it('puts no amendment in force before the document itself is published in force (Awb 3:40)', () => {
    const lateInForce = { ...AMENDED, publications: [publication('2026-04-01')] };
    expect(versionInForceOn(lateInForce, '2026-03-15', 'inForce')).toBeNull();
    expect(versionInForceOn(lateInForce, '2026-04-01', 'inForce')).toEqual(answered(V2));
    expect(versionInForceOn({ ...AMENDED, publications: [] }, '2026-03-15', 'inForce')).toBeNull();
  });

  it('counts the earliest of several publications as the start of the original\'s force', () => {
    const twice = { ...AMENDED, publications: [publication('2025-03-01'), publication('2025-01-15')] };
    expect(versionInForceOn(twice, '2025-02-01', 'inForce')).toEqual(answered(V1));
  });

  it('counts only publications that bring the document itself into force: not in the wrong sheet, not of an amendment (Awb 3:42 lid 1)', () => {
    const wrongSheet = publication('2025-01-15', { medium: 'staatscourant', publicationId: 'stcrt-2025-1', bringsIntoForce: false });
    const ofAmendment = publication('2025-01-16', { amendmentId: 'a-2', publicationId: 'gmb-2025-2' });
    expect(versionInForceOn({ ...AMENDED, publications: [wrongSheet, ofAmendment] }, '2026-03-15', 'inForce')).toBeNull();
    expect(versionInForceOn({ ...AMENDED, publications: [wrongSheet, ofAmendment, publication('2026-03-10')] }, '2026-03-15', 'inForce')).toEqual(answered(V2));
  });

  it('keeps an amendment without inForceFrom (the arrangement, unpublished: GR SZMH art. 27) out of force, its predecessor in force', () => {
    const unpublished = { ...AMENDED, type: 'arrangement', versions: [V1, { ...V2, inForceFrom: null }, V3] };
    expect(versionInForceOn(unpublished, '2026-03-15', 'inForce')).toEqual(answered(V1));
    expect(versionInForceOn(unpublished, '2026-03-15', 'valid')).toEqual(answered(V2));
  });
});
