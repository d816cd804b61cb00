import { unzipSync } from 'fflate';
import { proveInclusion } from '../merkle/proofs';
import { SampleRegisterLog } from '../testing/sample-register-log';
import { sha256Hex } from './audit-bundle-format';
import { writeAuditBundle, type AuditBundleInput } from './write-audit-bundle';

describe('writing an audit bundle', () => {
  const log = SampleRegisterLog.ofSize(6);
  let input: AuditBundleInput;

  beforeAll(async () => {
    input = {
      municipality: 'GM0981',
      from: '2026-01-01',
      until: '2026-12-31',
      exportedAt: '2026-11-24T10:00:00.000Z',
      events: [log.events[0], log.events[3]],
      proofs: [await proveInclusion(log.tree, 0, 6), await proveInclusion(log.tree, 3, 6)],
      checkpoint: await log.checkpoint(6),
      readModels: { 'mandates.json': [] },
      signer: log.signer,
    };
  });

  it('holds the files api.md names, the consistency proofs and the manifest signature, listed with their SHA-256', () => {
    const files = unzipSync(writeAuditBundle(input));
    expect(Object.keys(files).sort()).toEqual([
      'checkpoint.txt',
      'consistency-proofs.ndjson',
      'events.ndjson',
      'mandates.json',
      'manifest.json',
      'manifest.sig',
      'proofs.ndjson',
      'public-key.txt',
    ]);
    const manifest = JSON.parse(Buffer.from(files['manifest.json']).toString());
    expect(manifest).toEqual({
      municipality: 'GM0981',
      from: '2026-01-01',
      until: '2026-12-31',
      exportedAt: '2026-11-24T10:00:00.000Z',
      files: Object.fromEntries(Object.keys(files).filter((name) => !name.startsWith('manifest.')).map((name) => [name, sha256Hex(files[name])])),
    });
    expect(Buffer.from(files['public-key.txt']).toString()).toBe(`${log.signer.verifier.encoded}\n`);
    expect(Buffer.from(files['proofs.ndjson']).toString().split('\n')[1]).toMatch(/^\{"auditPath":\["[A-Za-z0-9+/]{43}=",.*\],"leafHash":".{44}","leafIndex":3,"treeSize":6\}$/);
  });

  it('writes the same bytes for the same input', () => {
    expect(Buffer.from(writeAuditBundle(input)).equals(Buffer.from(writeAuditBundle(input)))).toBe(true);
  });

  it('refuses proofs that are not of the events beside them', () => {
    expect(() => writeAuditBundle({ ...input, proofs: [...input.proofs].reverse() })).toThrow('the inclusion proof at 0 is not of the event at position 1');
    expect(() => writeAuditBundle({ ...input, proofs: input.proofs.slice(1) })).toThrow('2 events but 1 inclusion proofs');
  });

  it.each(['events.ndjson', 'manifest.json', 'Mandates.json', 'mandates.csv', '../mandates.json'])('refuses a read model named %s', (name) => {
    expect(() => writeAuditBundle({ ...input, readModels: { [name]: [] } })).toThrow('a read model file is named like mandates.json');
  });
});
