import { createHash } from 'node:crypto';
import { canonicalEventBytes, loggedEventOf, openCheckpoint } from '@register/verifiable-log';
import type { NoteSigner } from '@register/verifiable-log';
import { LOG_SIGNER } from '../../../apps/register/src/audit/log-signing/log-signing.module';
import { referenceMth, referencePath, referenceProof } from '../../../libs/verifiable-log/src/testing/rfc9162-reference';
import { describeOnEveryStore, type SeededRegister } from '../support/seeded-register';

const b64 = (bytes: Buffer) => bytes.toString('base64');

/** The stored log as RFC 9162 entries (the canonical bytes of api.md), and the positions of the events that concern only one municipality. */
async function logOf(register: SeededRegister) {
  const events = await register.store.readAll();
  const entries = events.map((event) => canonicalEventBytes(loggedEventOf(event)));
  const only = (code: string) => events.find((event) => JSON.stringify(event.metadata.municipalities) === JSON.stringify([code]))!;
  return { events, entries, vaals: only('GM0981'), meerssen: only('GM0938') };
}

describeOnEveryStore('the verifiable log over HTTP', (register) => {
  it('serves the latest signed checkpoint as text: the whole log, its RFC 9162 root, signed by the log key', async () => {
    const { entries } = await logOf(register);
    const response = await register.client.get('/log/checkpoint', { as: 'reader' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    const signer = register.application.get<NoteSigner>(LOG_SIGNER);
    expect(openCheckpoint(response.text, signer.verifier)).toEqual({ origin: 'localhost/szmh-register', size: entries.length, rootHash: referenceMth(entries) });
  });

  it('proves a Vaals event to the Vaals auditor exactly as RFC 9162 defines the path', async () => {
    const { events, entries, vaals } = await logOf(register);
    const leafIndex = events.indexOf(vaals);
    const response = await register.client.get(`/log/proofs/inclusion?position=${vaals.position}`, { as: 'auditor' });
    expect(response.status).toBe(200);
    const leafHash = createHash('sha256').update(Buffer.from([0])).update(entries[leafIndex]).digest();
    expect(response.body).toEqual({ leafIndex, treeSize: entries.length, leafHash: b64(leafHash), auditPath: referencePath(leafIndex, entries).map(b64) });
  });

  it('answers the plain 404 for a Meerssen event to the Vaals auditor and to a reader, as for a position without an event', async () => {
    const { meerssen, events } = await logOf(register);
    const asked = await Promise.all([
      register.client.get(`/log/proofs/inclusion?position=${meerssen.position}`, { as: 'auditor' }),
      register.client.get(`/log/proofs/inclusion?position=${meerssen.position}`, { as: 'reader' }),
      register.client.get(`/log/proofs/inclusion?position=${events[events.length - 1].position + 1000}`),
      register.client.get(`/log/proofs/inclusion?position=${meerssen.position}`),
    ]);
    expect(asked.map((response) => [response.status, response.body.code])).toEqual([[404, 'NOT_FOUND'], [404, 'NOT_FOUND'], [404, 'NOT_FOUND'], [200, undefined]]);
  });

  it('refuses malformed numbers and tree sizes beyond the signed one, naming the field', async () => {
    const { entries, vaals } = await logOf(register);
    const cases: [string, string][] = [
      ['/log/proofs/inclusion?position=abc', 'position'],
      ['/log/proofs/inclusion?position=07', 'position'],
      [`/log/proofs/inclusion?position=${vaals.position}&treeSize=${entries.length + 1}`, 'treeSize'],
      ['/log/proofs/inclusion?position=1&treeSize=0', 'treeSize'],
      ['/log/proofs/consistency?from=0', 'from'],
      [`/log/proofs/consistency?from=3&to=2`, 'to'],
      [`/log/proofs/consistency?from=1&to=${entries.length + 1}`, 'to'],
      [`/log/proofs/consistency?from=${entries.length + 1}`, 'from'],
    ];
    for (const [path, field] of cases) {
      const response = await register.client.get(path, { as: 'reader' });
      expect([path, response.status, response.body.errors?.map((error: { field: string }) => error.field)]).toEqual([path, 400, [field]]);
    }
  });

  it('proves to any role that an older tree is a prefix of the signed one, as RFC 9162 defines the proof', async () => {
    const { entries } = await logOf(register);
    for (const from of [1, 5, entries.length]) {
      const response = await register.client.get(`/log/proofs/consistency?from=${from}`, { as: 'reader' });
      expect(response.body).toEqual({ from, to: entries.length, path: referenceProof(from, entries).map(b64) });
    }
  });
});
