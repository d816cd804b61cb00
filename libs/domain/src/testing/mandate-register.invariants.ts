import type { DocumentRecord } from '../documents/document.state';
import type { MandateRecord } from '../mandates/mandate.state';
import type { RegisterWorld } from '../register-world/register-world';

/**
 * What the mandate register must never hold, whatever commands it accepted:
 * written apart from the rules under test, in the plainest terms, so that a
 * broken rule cannot also break its check.
 */

/** Written apart from the rules under test, so a broken rule cannot also break its check. */
export async function violations(world: RegisterWorld): Promise<string[]> {
  const mandates = world.allMandates();
  const byId = new Map(mandates.map((m) => [m.mandateId, m]));
  const found: string[] = [];
  for (const m of mandates) {
    const above = grantorsAbove(m, byId);
    found.push(...notTheOrgansDecision(m, 'grant', await world.document(m.decision), above));
    if (m.revocation) {
      found.push(...notTheOrgansDecision(m, 'revocation', await world.document(m.revocation.decision), above));
      if (m.revocation.validUntil < m.revocation.decidedOn) found.push(`${m.mandateId} revoked backwards, from before its decision`);
      if (m.revocation.validUntil < m.validFrom) found.push(`${m.mandateId} revoked from before it began`);
    }
    const parent = m.parentMandateId === null ? null : byId.get(m.parentMandateId);
    if (parent && !isStaffOf(m.grantee, m.grantor)) found.push(`${m.mandateId} sub-mandated to ${m.grantee}, not staff of ${m.grantor}`);
    if (parent === undefined) found.push(`${m.mandateId} has no parent in the register`);
    if (parent) found.push(...widerThan(m, parent));
    if (hasCycle(m, byId)) found.push(`${m.mandateId} sits in a chain that loops`);
  }
  return found;
}

const GROUNDS = { grant: ['mandate-decision', 'sub-mandate-decision'], revocation: ['revocation-decision', 'mandate-decision', 'sub-mandate-decision'] };

function notTheOrgansDecision(m: MandateRecord, act: keyof typeof GROUNDS, document: DocumentRecord | null, above: string[]): string[] {
  if (document === null) return [`${m.mandateId}'s ${act} rests on an unregistered decision`];
  if (!GROUNDS[act].includes(document.type)) return [`${m.mandateId}'s ${act} rests on a ${document.type}`];
  const competent = [m.grantor, ...above];
  return document.decidedBy.some((party) => competent.includes(party)) ? [] : [`${m.mandateId}'s ${act} was decided by ${document.decidedBy.join(', ')}`];
}

/** The grantors of the links above a mandate, up to the original mandate. */
export function grantorsAbove(m: MandateRecord, byId: Map<string, MandateRecord>): string[] {
  const grantors: string[] = [];
  for (let link = byId.get(m.parentMandateId ?? ''); link !== undefined && grantors.length <= byId.size; link = byId.get(link.parentMandateId ?? '')) {
    grantors.push(link.grantor);
  }
  return grantors;
}

/** A function whose id starts with the grantor's CBS code: `GM0935.x` under `college:GM0935` or `GM0935.y`. */
function isStaffOf(grantee: string, grantor: string): boolean {
  const code = (party: string) => (party.includes(':') ? party.split(':')[1] : party.split('.')[0]);
  return !grantee.includes(':') && code(grantee) === code(grantor);
}

function widerThan(m: MandateRecord, p: MandateRecord): string[] {
  // An open end lapses with the parent, whatever a later revocation says; an explicit one, or its revocation, may not outlast it.
  const end = m.validUntil === null ? null : [m.validUntil, m.revocation?.validUntil ?? m.validUntil].sort()[0];
  const checks: [boolean, string][] = [
    [m.grantor === p.grantee, 'grantor is not the parent grantee'],
    [m.powers.every((x) => p.powers.includes(x) && p.subMandateAllowed.includes(x)), 'powers'],
    [m.municipalities.every((x) => p.municipalities.includes(x)), 'municipalities'],
    [p.ceiling === null || (m.ceiling !== null && m.ceiling <= p.ceiling), 'ceiling'],
    [m.validFrom >= p.validFrom && (p.validUntil === null || end === null || end <= p.validUntil), 'period'],
  ];
  return checks.filter(([ok]) => !ok).map(([, what]) => `${m.mandateId} wider than ${p.mandateId} in ${what}`);
}

/** Grantee, grantor and every grantor above: a party appearing twice means the chain leads back to itself. */
function hasCycle(m: MandateRecord, byId: Map<string, MandateRecord>): boolean {
  const parties = [m.grantee, m.grantor];
  for (let link = m; link.parentMandateId !== null && parties.length <= byId.size + 2; ) {
    const parent = byId.get(link.parentMandateId);
    if (!parent) break;
    parties.push(parent.grantor);
    link = parent;
  }
  return new Set(parties).size !== parties.length;
}
