import { RequestIdentity } from '../../idempotency/request-identity';
import { metadataFor, REGISTRAR } from '../../write-side/testing/write-side.harness';
import { AGREEMENT, amendmentHarness } from '../testing/amendment-handlers.harness';
import { ProposeAmendmentCommand, type ProposeAmendmentInput } from './propose-amendment.command';

// The SHA-256 of "abc" is the first test vector of FIPS 180-2.
const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

const proposal: ProposeAmendmentInput = {
  documentId: AGREEMENT.data.documentId,
  id: 'dvo-gm0938-wijziging-1',
  summary: 'Kostenverdeling herzien',
  content: 'abc',
  validFrom: '2026-07-01',
};

describe('ProposeAmendmentHandler', () => {
  it('records the proposal in the agreement\'s stream with the SHA-256 of its text, concerning both parties, answering the amendment id', async () => {
    const h = await amendmentHarness();
    const { result } = await h.propose.execute(new ProposeAmendmentCommand(proposal, metadataFor('propose')));
    const [event, ...more] = await h.appended();
    expect(more).toEqual([]);
    expect(result).toEqual({ id: 'dvo-gm0938-wijziging-1', position: event.position, contentSha256: ABC_SHA256 });
    expect(event).toMatchObject({
      stream: 'document-dvo-gm0938-2026',
      type: 'AmendmentProposed',
      data: { documentId: 'dvo-gm0938-2026', amendmentId: 'dvo-gm0938-wijziging-1', content: 'abc', contentSha256: ABC_SHA256, validFrom: '2026-07-01' },
      metadata: { recordedBy: REGISTRAR, causationId: 'propose', municipalities: ['GM0935', 'GM0938'] },
    });
  });

  it('names an amendment posted without id after the request, so a retry with the same key names the same amendment', async () => {
    const h = await amendmentHarness();
    const { result } = await h.propose.execute(new ProposeAmendmentCommand({ ...proposal, id: null, content: null }, metadataFor('no-id')));
    const expectedId = RequestIdentity.derivedFrom('no-id').generatedId('amendment');
    expect(result).toMatchObject({ id: expectedId, contentSha256: null });
    await expect(h.appended()).resolves.toMatchObject([{ data: { amendmentId: expectedId, contentSha256: null } }]);
    await expect(h.propose.execute(new ProposeAmendmentCommand({ ...proposal, id: null, content: null }, metadataFor('no-id')))).resolves.toMatchObject({ result });
    await expect(h.appended()).resolves.toHaveLength(1);
  });

  it('refuses to amend Meerssen\'s mandate decision as DOCUMENT_NOT_AMENDABLE and appends nothing', async () => {
    const h = await amendmentHarness();
    const command = new ProposeAmendmentCommand({ ...proposal, documentId: 'doc-mandate-gm0938-2026' }, metadataFor('decision'));
    await expect(h.propose.execute(command)).rejects.toMatchObject({ code: 'DOCUMENT_NOT_AMENDABLE' });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('refuses an amendment of a document the register does not know as UNKNOWN_REFERENCE naming it', async () => {
    const h = await amendmentHarness();
    const command = new ProposeAmendmentCommand({ ...proposal, documentId: 'dvo-onbekend' }, metadataFor('unknown'));
    await expect(h.propose.execute(command)).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE', meta: { kind: 'document', id: 'dvo-onbekend' } });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('refuses an amendment valid from 2028-01-01, the day the agreement\'s term ends, as AGREEMENT_TERM_ENDED', async () => {
    const h = await amendmentHarness();
    const command = new ProposeAmendmentCommand({ ...proposal, validFrom: '2028-01-01' }, metadataFor('late'));
    await expect(h.propose.execute(command)).rejects.toMatchObject({ code: 'AGREEMENT_TERM_ENDED' });
    await expect(h.appended()).resolves.toEqual([]);
  });
});
