import { zipSync } from 'fflate';
import { canonicalEventJson, eventLeafHash } from '../logged-event';
import { signCheckpoint } from '../note/checkpoint';
import { generateSignerKey, parseSignerKey } from '../note/note-keys';
import {
  MEERSSEN,
  resignManifest,
  sampleEvent,
  SampleRegisterLog,
  unzipBundle,
  VAALS,
  withByteChanged,
  zipBundle,
  type BundleFiles,
} from '../testing/sample-register-log';
import { BUNDLE_FILES } from './audit-bundle-format';
import { verifyAuditBundle } from './verify-audit-bundle';

const { events: EVENTS, proofs: PROOFS, consistencyProofs: CONSISTENCY } = BUNDLE_FILES;
const checksOf = (report: ReturnType<typeof verifyAuditBundle>) => report.failures.map(({ file, check }) => `${file}: ${check}`);
const text = (files: BundleFiles, name: string): string => Buffer.from(files[name]).toString('utf8');
const note = (name: string, checkpoint: string) => ({ name, note: Buffer.from(checkpoint) });

describe('verifying an audit bundle offline', () => {
  const log = SampleRegisterLog.ofSize(40);
  let bundle: Uint8Array;

  beforeAll(async () => {
    bundle = await log.exportBundle({ since: [25] });
  });

  it('accepts the bundle as exported: 27 events of Vaals, each proved in the log of 40', () => {
    const report = verifyAuditBundle(bundle);
    expect(report.failures).toEqual([]);
    expect(report).toMatchObject({ valid: true, events: 27, checkpoint: { size: 40 }, verifierKey: log.signer.verifier.encoded });
    expect(report.manifest).toMatchObject({ municipality: VAALS, from: '2026-01-01', until: '2026-12-31' });
  });

  it('holds exactly the events that concern the municipality, none that concerns only Meerssen', () => {
    const lines = text(unzipBundle(bundle), EVENTS).trimEnd().split('\n');
    expect(lines).toHaveLength(27);
    expect(lines.every((line) => (JSON.parse(line).metadata.municipalities as string[]).includes(VAALS))).toBe(true);
  });

  describe('with one byte changed in one file', () => {
    const files = (): BundleFiles => unzipBundle(bundle);
    const names = ['manifest.json', 'manifest.sig', 'checkpoint.txt', 'public-key.txt', EVENTS, PROOFS, CONSISTENCY, 'mandates.json', 'registers.json'];

    it.each(names)('fails for every byte position of %s, naming that file', (name) => {
      const size = files()[name].length;
      const step = Math.max(1, Math.floor(size / 60)); // every byte of the small files, 60 spread over the large ones
      const unnamed: number[] = [];
      for (let at = 0; at < size; at += step) {
        const report = verifyAuditBundle(zipBundle(withByteChanged(files(), name, at)));
        if (report.valid || !report.failures.some((failure) => failure.file === name)) unnamed.push(at);
      }
      expect(unnamed).toEqual([]);
    });

    it.each([
      ['manifest.json', 1, 'manifest.json: signature'],
      ['manifest.sig', 0, 'manifest.sig: signature'],
      ['checkpoint.txt', 0, 'checkpoint.txt: manifest sha256'],
      [EVENTS, 10, 'events.ndjson: manifest sha256'],
      [PROOFS, 40, 'proofs.ndjson: manifest sha256'],
    ])('says which check failed for %s (byte %i)', (name, at, check) => {
      expect(checksOf(verifyAuditBundle(zipBundle(withByteChanged(files(), name, at))))).toContain(check);
    });
  });

  describe('made by someone who holds the log key and signs the manifest again', () => {
    it('fails on an edited event, whose leaf hash is no longer the one proved', () => {
      const files = unzipBundle(bundle);
      const edited = text(files, EVENTS).replace('"note":"één mandaat"', '"note":"twee mandaten"');
      const report = verifyAuditBundle(zipBundle(resignManifest({ ...files, [EVENTS]: Buffer.from(edited) }, log.signer)));
      expect(checksOf(report)).toEqual([`${EVENTS}: leaf hash`]);
      expect(report.failures[0].message).toBe("line 1: the event's leaf hash differs from the one proofs.ndjson line 1 proves");
    });

    it('fails on an edited event whose proof was edited to match, against the signed root', () => {
      const files = unzipBundle(bundle);
      const event = { ...sampleEvent(0), data: { n: 0, note: 'vervalst' } };
      const eventLines = text(files, EVENTS).split('\n');
      eventLines[0] = canonicalEventJson(event);
      const proofLines = text(files, PROOFS).split('\n');
      const proof = JSON.parse(proofLines[0]);
      proofLines[0] = JSON.stringify({ ...proof, leafHash: Buffer.from(eventLeafHash(event)).toString('base64') });
      const forged = resignManifest({ ...files, [EVENTS]: Buffer.from(eventLines.join('\n')), [PROOFS]: Buffer.from(proofLines.join('\n')) }, log.signer);
      expect(checksOf(verifyAuditBundle(zipBundle(forged)))).toEqual([`${PROOFS}: inclusion proof`]);
    });

    it('fails when it slips in an event of Meerssen only', async () => {
      const files = unzipBundle(bundle);
      const meerssenOnly = canonicalEventJson(sampleEvent(1));
      const forged = resignManifest({ ...files, [EVENTS]: Buffer.from(text(files, EVENTS).replace(/^[^\n]*/, meerssenOnly)) }, log.signer);
      const report = verifyAuditBundle(zipBundle(forged));
      expect(checksOf(report)).toEqual([`${EVENTS}: scope`, `${EVENTS}: leaf hash`]);
      expect(report.failures[0].message).toBe(`line 1 (position 3) does not concern ${VAALS}: its metadata.municipalities is ["${MEERSSEN}"]`);
    });
  });

  it('fails when an edit also recomputes manifest.json but cannot sign it', () => {
    const files = unzipBundle(bundle);
    const edited = { ...files, [EVENTS]: Buffer.from(text(files, EVENTS).replace('één', 'een')) };
    const other = parseSignerKey(generateSignerKey(log.signer.name));
    const unsigned = { ...resignManifest(edited, other), [BUNDLE_FILES.manifestSignature]: files[BUNDLE_FILES.manifestSignature] };
    expect(checksOf(verifyAuditBundle(zipBundle(unsigned)))).toEqual(['manifest.json: signature', `${EVENTS}: leaf hash`]);
  });

  it('fails on a file missing or added, naming it', () => {
    const { [PROOFS]: _dropped, ...files } = unzipBundle(bundle);
    expect(checksOf(verifyAuditBundle(zipBundle(files)))).toEqual([`${PROOFS}: present`]);
    const { 'mandates.json': _mandates, ...withoutReadModel } = unzipBundle(bundle);
    expect(checksOf(verifyAuditBundle(zipBundle(withoutReadModel)))).toEqual(['mandates.json: present']);
    const added = verifyAuditBundle(zipBundle({ ...unzipBundle(bundle), 'notes.txt': Buffer.from('hi') }));
    expect(checksOf(added)).toEqual(['notes.txt: listed in manifest']);
  });

  it('fails on a ZIP that is not one, or that has folders', () => {
    expect(checksOf(verifyAuditBundle(Buffer.from('PK but not a zip')))).toEqual(['bundle: zip']);
    expect(verifyAuditBundle(zipSync({ 'a/events.ndjson': Buffer.from('') })).failures[0]).toEqual({
      file: 'bundle',
      check: 'zip',
      message: 'the ZIP holds a/events.ndjson, but a bundle has no folders',
    });
  });

  it('fails when the key is not the one the auditor trusts, though all else holds', () => {
    const trusted = parseSignerKey(generateSignerKey(log.signer.name)).verifier.encoded;
    expect(checksOf(verifyAuditBundle(bundle, { trustedKey: trusted }))).toEqual(['public-key.txt: trusted key']);
    expect(verifyAuditBundle(bundle, { trustedKey: log.signer.verifier.encoded }).valid).toBe(true);
  });

  describe('against an older checkpoint the auditor kept (--since)', () => {
    it('passes when the bundle proves the log of then is a prefix of this one', async () => {
      const report = verifyAuditBundle(bundle, { since: note('2025.txt', await log.checkpoint(25)) });
      expect(report.failures).toEqual([]);
      expect(report.since).toMatchObject({ size: 25 });
    });

    it('passes for the empty log and for the same checkpoint', async () => {
      expect(verifyAuditBundle(bundle, { since: note('empty.txt', await log.checkpoint(0)) }).valid).toBe(true);
      expect(verifyAuditBundle(bundle, { since: note('same.txt', await log.checkpoint(40)) }).valid).toBe(true);
      const emptyWithARoot = signCheckpoint({ origin: log.signer.name, size: 0, rootHash: log.tree.root() }, log.signer);
      expect(checksOf(verifyAuditBundle(bundle, { since: note('odd.txt', emptyWithARoot) }))).toEqual(['odd.txt: consistency proof']);
    });

    it('fails when the bundle holds no proof from that size, saying so', async () => {
      const report = verifyAuditBundle(bundle, { since: note('2025.txt', await log.checkpoint(24)) });
      expect(checksOf(report)).toEqual([`${CONSISTENCY}: consistency proof`]);
      expect(report.failures[0].message).toBe("holds no proof from your checkpoint's 24 events to the bundle's 40; export the bundle again asking for it");
    });

    it('fails when history was rewritten: an event before the old checkpoint changed and the tree was rebuilt and signed', async () => {
      const rewritten = new SampleRegisterLog(log.events.map((event, i) => (i === 3 ? { ...event, data: { n: 3, note: 'vervalst' } } : event)), log.signer);
      const report = verifyAuditBundle(await rewritten.exportBundle({ since: [25] }), { since: note('2025.txt', await log.checkpoint(25)) });
      expect(checksOf(report)).toEqual([`${CONSISTENCY}: consistency proof`]);
      expect(report.failures[0].message).toMatch(/^from 25 to 40 events: the proof does not lead to the root hash of the older tree/);
    });

    it('fails for a checkpoint of another key, larger than the bundle\'s, or not a checkpoint', async () => {
      const stranger = SampleRegisterLog.ofSize(30);
      expect(checksOf(verifyAuditBundle(bundle, { since: note('x.txt', await stranger.checkpoint(25)) }))).toEqual(['x.txt: signature']);
      const larger = SampleRegisterLog.ofSize(50, log.signer);
      expect(checksOf(verifyAuditBundle(bundle, { since: note('x.txt', await larger.checkpoint(50)) }))).toEqual(['x.txt: tree size']);
      expect(checksOf(verifyAuditBundle(bundle, { since: note('x.txt', 'hello\n') }))).toEqual(['x.txt: signature']);
    });
  });
});
