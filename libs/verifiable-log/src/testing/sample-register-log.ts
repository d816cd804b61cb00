import { unzipSync, zipSync } from 'fflate';
import { canonicalJson } from '../canonical-json';
import { eventLeafHash, type LoggedEvent } from '../logged-event';
import { InMemoryMerkleTree } from '../merkle/in-memory-merkle-tree';
import { proveConsistency, proveInclusion, treeRoot } from '../merkle/proofs';
import { signCheckpoint } from '../note/checkpoint';
import { generateSignerKey, parseSignerKey, type NoteSigner } from '../note/note-keys';
import { signNote } from '../note/signed-note';
import { BUNDLE_FILES, manifestSignatureText, sha256Hex } from '../bundle/audit-bundle-format';
import { writeAuditBundle } from '../bundle/write-audit-bundle';

export const VAALS = 'GM0981';
export const MEERSSEN = 'GM0938';
const ORIGIN = 'register.szmh.example/log';

/** Event i concerns Vaals (i % 3 = 0), Meerssen (1), or both (2); positions have gaps, as a store's may. */
export function sampleEvent(i: number, data: unknown = { n: i, note: 'één mandaat' }): LoggedEvent {
  const municipalities = [[VAALS], [MEERSSEN], [VAALS, MEERSSEN]][i % 3];
  return {
    position: 1 + 2 * i,
    streamId: `mandate-${i % 4}`,
    streamRevision: Math.floor(i / 4),
    eventId: `event-${i}`,
    type: 'MandateGranted',
    data,
    metadata: { municipalities, recordedBy: 'alice', correlationId: `c-${i}` },
    recordedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  };
}

export interface SampleExport {
  readonly municipality?: string;
  /** Proofs against the checkpoint of this size (default: the whole log). */
  readonly treeSize?: number;
  /** Older tree sizes to add consistency proofs from. */
  readonly since?: readonly number[];
}

/** A log of sample events in an in-memory tree, signed with a fresh key: what the service will hold. */
export class SampleRegisterLog {
  readonly tree = new InMemoryMerkleTree();

  constructor(
    readonly events: readonly LoggedEvent[],
    readonly signer: NoteSigner = parseSignerKey(generateSignerKey(ORIGIN)),
  ) {
    for (const event of events) this.tree.append(eventLeafHash(event));
  }

  static ofSize(count: number, signer?: NoteSigner): SampleRegisterLog {
    return new SampleRegisterLog(Array.from({ length: count }, (_, i) => sampleEvent(i)), signer);
  }

  async checkpoint(size = this.events.length): Promise<string> {
    return signCheckpoint({ origin: this.signer.name, size, rootHash: await treeRoot(this.tree, size) }, this.signer);
  }

  async exportBundle({ municipality = VAALS, treeSize = this.events.length, since = [] }: SampleExport = {}): Promise<Uint8Array> {
    const leaves = this.events.slice(0, treeSize).map((event, leafIndex) => ({ event, leafIndex }));
    const chosen = leaves.filter(({ event }) => (event.metadata.municipalities as string[]).includes(municipality));
    return writeAuditBundle({
      municipality,
      from: '2026-01-01',
      until: '2026-12-31',
      exportedAt: '2026-11-24T10:00:00.000Z',
      events: chosen.map(({ event }) => event),
      proofs: await Promise.all(chosen.map(({ leafIndex }) => proveInclusion(this.tree, leafIndex, treeSize))),
      checkpoint: await this.checkpoint(treeSize),
      consistencyProofs: await Promise.all(since.map((from) => proveConsistency(this.tree, from, treeSize))),
      readModels: { 'mandates.json': [{ mandateId: 'mandate-gm0981-2026', municipalities: [municipality] }], 'registers.json': {} },
      signer: this.signer,
    });
  }
}

export type BundleFiles = Record<string, Uint8Array>;

export function unzipBundle(zip: Uint8Array): BundleFiles {
  return unzipSync(zip);
}

export function zipBundle(files: BundleFiles): Uint8Array {
  return zipSync(files);
}

/** What only someone holding the log's key can do after editing files: list their new hashes and sign the manifest again. */
export function resignManifest(files: BundleFiles, signer: NoteSigner): BundleFiles {
  const manifest = JSON.parse(Buffer.from(files[BUNDLE_FILES.manifest]).toString('utf8'));
  for (const name of Object.keys(manifest.files)) manifest.files[name] = sha256Hex(files[name]);
  const bytes = Buffer.from(`${canonicalJson(manifest)}\n`);
  const signature = Buffer.from(signNote(manifestSignatureText(signer.name, bytes), signer));
  return { ...files, [BUNDLE_FILES.manifest]: bytes, [BUNDLE_FILES.manifestSignature]: signature };
}

/** The same files with one byte of one file changed (incremented). */
export function withByteChanged(files: BundleFiles, name: string, at: number): BundleFiles {
  const changed = Buffer.from(files[name]);
  changed[at] = (changed[at] + 1) % 256;
  return { ...files, [name]: changed };
}
