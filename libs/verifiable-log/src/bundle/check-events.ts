import { decodeBase64 } from '../base64';
import { canonicalEventJson, type LoggedEvent } from '../logged-event';
import { hashLeaf, sameHash, type Hash } from '../merkle/hashing';
import { verifyInclusion, type InclusionClaim } from '../merkle/verify-proofs';
import type { Checkpoint } from '../note/checkpoint';
import { BUNDLE_FILES } from './audit-bundle-format';
import type { BundleFindings } from './bundle-findings';
import { isRecord, linesOf, parseJson } from './bundle-text';

const { events: EVENTS, proofs: PROOFS } = BUNDLE_FILES;

/**
 * events.ndjson against proofs.ndjson, line by line: each event is in the
 * canonical form, concerns the bundle's municipality, hashes to the leaf hash
 * its proof proves, and that proof leads to the checkpoint's root. Answers
 * how many events the bundle holds.
 */
export function checkEvents(
  files: ReadonlyMap<string, Uint8Array>,
  municipality: string | undefined,
  checkpoint: Checkpoint | undefined,
  findings: BundleFindings,
): number {
  const events = linesOf(files, EVENTS, findings);
  const proofs = linesOf(files, PROOFS, findings);
  if (!events || !proofs) return events?.length ?? 0;
  if (events.length !== proofs.length) findings.fail(PROOFS, 'count', `${proofs.length} inclusion proofs for ${events.length} events`);
  let previousLeaf = -1;
  for (let i = 0; i < Math.min(events.length, proofs.length); i += 1) {
    const where = `line ${i + 1}`;
    const leafHash = checkEventLine(events[i], where, municipality, findings);
    const proof = proofOf(proofs[i]);
    if (!proof) {
      findings.fail(PROOFS, 'format', `${where} is not {leafIndex, treeSize, leafHash, auditPath} with base64 hashes`);
      continue;
    }
    if (leafHash && !sameHash(leafHash, proof.leafHash)) {
      findings.fail(EVENTS, 'leaf hash', `${where}: the event's leaf hash differs from the one proofs.ndjson ${where} proves`);
    }
    if (proof.leafIndex <= previousLeaf) findings.fail(PROOFS, 'log order', `${where}: leaf ${proof.leafIndex} does not come after leaf ${previousLeaf}`);
    previousLeaf = proof.leafIndex;
    if (checkpoint) checkInclusion(proof, where, checkpoint, findings);
  }
  return events.length;
}

/** The leaf hash of one line of events.ndjson: SHA-256(0x00 || the line's bytes), once the line is shown canonical. */
function checkEventLine(line: string, where: string, municipality: string | undefined, findings: BundleFindings): Hash | undefined {
  const event = eventOf(parseJson(line));
  if (!event) {
    findings.fail(EVENTS, 'format', `${where} is not an event {position, streamId, streamRevision, eventId, type, data, metadata, recordedAt}`);
    return undefined;
  }
  if (canonicalEventJson(event) !== line) findings.fail(EVENTS, 'canonical form', `${where} (position ${event.position}) is not in canonical JSON (RFC 8785)`);
  const concerns = event.metadata.municipalities;
  if (municipality !== undefined && !(Array.isArray(concerns) && concerns.includes(municipality))) {
    findings.fail(EVENTS, 'scope', `${where} (position ${event.position}) does not concern ${municipality}: its metadata.municipalities is ${JSON.stringify(concerns)}`);
  }
  return hashLeaf(Buffer.from(line, 'utf8'));
}

function checkInclusion(proof: InclusionClaim, where: string, checkpoint: Checkpoint, findings: BundleFindings): void {
  if (proof.treeSize !== checkpoint.size) {
    findings.fail(PROOFS, 'tree size', `${where} proves against a tree of ${proof.treeSize} leaves, checkpoint.txt signs ${checkpoint.size}`);
    return;
  }
  const check = verifyInclusion(proof, checkpoint.rootHash);
  if (!check.valid) findings.fail(PROOFS, 'inclusion proof', `${where} (leaf ${proof.leafIndex}): ${check.reason}`);
}

function eventOf(value: unknown): LoggedEvent | undefined {
  if (!isRecord(value) || !isRecord(value.metadata) || !('data' in value)) return undefined;
  const { position, streamId, streamRevision, eventId, type, recordedAt } = value;
  const numbers = [position, streamRevision].every((n) => Number.isSafeInteger(n));
  const strings = [streamId, eventId, type, recordedAt].every((s) => typeof s === 'string');
  return numbers && strings ? (value as unknown as LoggedEvent) : undefined;
}

function proofOf(line: string): InclusionClaim | undefined {
  const value = parseJson(line);
  if (!isRecord(value) || typeof value.leafHash !== 'string' || !Array.isArray(value.auditPath)) return undefined;
  if (typeof value.leafIndex !== 'number' || typeof value.treeSize !== 'number') return undefined;
  const hashes = [value.leafHash, ...value.auditPath].map((hash) => (typeof hash === 'string' ? decodeBase64(hash) : undefined));
  if (hashes.some((hash) => hash === undefined)) return undefined;
  const [leafHash, ...auditPath] = hashes as Buffer[];
  return { leafIndex: value.leafIndex, treeSize: value.treeSize, leafHash, auditPath };
}
