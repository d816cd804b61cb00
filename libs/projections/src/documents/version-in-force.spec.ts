import type { DocumentView } from './document-view.query';
import { versionInForceOn } from './version-in-force';

const ORIGINAL = { version: 1, amendmentId: null, validFrom: '2026-01-01', validUntil: '2027-01-01', contentSha256: null, decidedOn: '2025-12-10' };
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
};
const PUBLISHED: DocumentView = {
  ...AGREEMENT,
  publications: [{ medium: 'gemeenteblad', publicationId: 'gmb-2026-1', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' }],
};
const { decidedOn: _decidedOn, ...ORIGINAL_IN_FORCE } = ORIGINAL;

describe('versionInForceOn', () => {
  it.each([
    ['the first day of the term', '2026-01-01', ORIGINAL_IN_FORCE],
    ['the last day of the term', '2026-12-31', ORIGINAL_IN_FORCE],
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
    expect(versionInForceOn(PUBLISHED, '2026-01-30', 'inForce')).toEqual(ORIGINAL_IN_FORCE);
  });

  it('on the inForce axis still answers null outside the validity, published or not', () => {
    expect(versionInForceOn(PUBLISHED, '2027-02-01', 'inForce')).toBeNull();
  });
});
