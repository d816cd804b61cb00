import { metadataFor, REGISTRAR, writeSideHarness } from '../../write-side/testing/write-side.harness';
import { RegisterDocumentCommand, type RegisterDocumentInput } from './register-document.command';
import { RegisterDocumentHandler } from './register-document.handler';
import { RequestIdentity } from '../../idempotency/request-identity';

// The SHA-256 of "abc" is the first test vector of FIPS 180-2.
const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

const charter: RegisterDocumentInput = {
  id: 'doc-dvh-2026',
  type: 'charter',
  title: 'Dienstverleningshandvest SZMH 2026',
  decidedOn: '2026-01-27',
  decidedBy: ['college:GM0935', 'college:GM0938'],
  concerns: ['GM0938', 'GM0935'],
  content: 'abc',
};

async function setup() {
  const h = await writeSideHarness();
  return { ...h, handler: new RegisterDocumentHandler(h.runner, h.lookup, h.clock) };
}

describe('RegisterDocumentHandler', () => {
  it('stores the content with its SHA-256, answering the hash, concerning the municipalities in CBS order', async () => {
    const h = await setup();
    const { result } = await h.handler.execute(new RegisterDocumentCommand(charter, metadataFor('dvh')));
    const [event] = await h.appended();
    expect(result).toEqual({ id: 'doc-dvh-2026', position: event.position, contentSha256: ABC_SHA256 });
    expect(event).toMatchObject({
      stream: 'document-doc-dvh-2026',
      type: 'DocumentRegistered',
      data: { documentId: 'doc-dvh-2026', content: 'abc', contentSha256: ABC_SHA256, parties: [], term: null },
      metadata: { recordedBy: REGISTRAR, municipalities: ['GM0935', 'GM0938'] },
    });
  });

  it('names a document posted without id after the request, so a retry with the same key names the same document', async () => {
    const h = await setup();
    const { result } = await h.handler.execute(new RegisterDocumentCommand({ ...charter, id: null, content: null }, metadataFor('no-id')));
    const expectedId = RequestIdentity.derivedFrom('no-id').generatedId('document');
    expect(result).toMatchObject({ id: expectedId, contentSha256: null });
    await expect(h.appended()).resolves.toMatchObject([{ stream: `document-${expectedId}`, data: { contentSha256: null } }]);
  });

  it('refuses a decision taken after today (the clock says 2026-11-23) as CHRONOLOGY and appends nothing', async () => {
    const h = await setup();
    const command = new RegisterDocumentCommand({ ...charter, decidedOn: '2026-11-24' }, metadataFor('future'));
    await expect(h.handler.execute(command)).rejects.toMatchObject({ code: 'CHRONOLOGY' });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('accepts the same decision date once the clock has reached it', async () => {
    const h = await setup();
    h.clock.set(new Date('2026-11-24T08:00:00.000Z'));
    await expect(h.handler.execute(new RegisterDocumentCommand({ ...charter, decidedOn: '2026-11-24' }, metadataFor('today')))).resolves.toMatchObject({
      result: { id: 'doc-dvh-2026' },
    });
  });

  it('refuses a second document with the id of the seed decision as ALREADY_EXISTS', async () => {
    const h = await setup();
    const command = new RegisterDocumentCommand({ ...charter, id: 'doc-mandate-gm0938-2026' }, metadataFor('again'));
    await expect(h.handler.execute(command)).rejects.toMatchObject({ code: 'ALREADY_EXISTS', meta: { kind: 'document' } });
    await expect(h.appended()).resolves.toEqual([]);
  });
});
