import type { RegisterLookup } from '../register-lookup';
import { listOrEmpty, loadKnown, loadPartyFacts } from '../register-lookup';
import { parseParty } from '../shared/party-id';
import type {
  ChainFacts,
  ConsentBasisRequest,
  CorrectMandate,
  GrantFacts,
  GrantMandateRequest,
  GrantSubMandateRequest,
  RevokeMandate,
} from './mandate.commands';
import type { MandateRecord, MandateState } from './mandate.state';

/** The request fields the grant rules look facts up for. */
interface GrantReferences {
  readonly grantor: unknown;
  readonly grantee: unknown;
  readonly powers: unknown;
  readonly municipalities: unknown;
  readonly decision: unknown;
  readonly consentBasis?: ConsentBasisRequest | { readonly type: string; readonly document?: string } | null;
}

/**
 * Loads: the catalogue entry of every requested power, the decision document,
 * the consent document (for a `consent` basis), the participant records of the
 * grantor's, grantee's and listed municipalities, and the function records of
 * grantor and grantee where they are functions.
 */
async function loadGrantFacts(lookup: RegisterLookup, refs: GrantReferences): Promise<GrantFacts> {
  const consentId = refs.consentBasis?.type === 'consent' ? refs.consentBasis.document : undefined;
  const [powers, decision, consentDocument, parties] = await Promise.all([
    loadKnown(listOrEmpty(refs.powers), (id) => lookup.power(id)),
    typeof refs.decision === 'string' ? lookup.document(refs.decision) : null,
    typeof consentId === 'string' ? lookup.document(consentId) : null,
    loadPartyFacts(lookup, [refs.grantor, refs.grantee], listOrEmpty(refs.municipalities)),
  ]);
  return { powers, decision, consentDocument, ...parties };
}

/** For POST /mandates: `municipalities` defaults to the grantor's, so its participant is loaded in any case. */
export function loadGrantMandateContext(lookup: RegisterLookup, data: GrantMandateRequest): Promise<GrantFacts> {
  const grantorMunicipality = typeof data.grantor === 'string' ? parseParty(data.grantor)?.municipality : undefined;
  const municipalities = data.municipalities ?? [grantorMunicipality];
  return loadGrantFacts(lookup, { ...data, municipalities });
}

/** Walks up from a mandate to the original one: the parent's parent first. */
async function loadAncestors(lookup: RegisterLookup, parent: MandateRecord | null): Promise<MandateRecord[]> {
  const ancestors: MandateRecord[] = [];
  const seen = new Set(parent ? [parent.mandateId] : []);
  let nextId = parent?.parentMandateId ?? null;
  while (nextId !== null && !seen.has(nextId)) {
    const next = await lookup.mandate(nextId);
    if (next === null) break;
    ancestors.push(next);
    seen.add(nextId);
    nextId = next.parentMandateId;
  }
  return ancestors;
}

async function loadChain(lookup: RegisterLookup, parentMandateId: unknown): Promise<ChainFacts> {
  const parent = typeof parentMandateId === 'string' ? await lookup.mandate(parentMandateId) : null;
  return { parent, ancestors: await loadAncestors(lookup, parent) };
}

/** For POST /mandates/{id}/sub-mandates: the chain above, and the grant facts with the parent's grantee as grantor. */
export async function loadSubMandateContext(
  lookup: RegisterLookup,
  data: GrantSubMandateRequest,
): Promise<GrantFacts & ChainFacts> {
  const chain = await loadChain(lookup, data.parentMandateId);
  const grantor = chain.parent?.grantee ?? data.grantor;
  const municipalities = data.municipalities ?? chain.parent?.municipalities ?? [];
  const facts = await loadGrantFacts(lookup, { ...data, grantor, municipalities });
  return { ...facts, ...chain };
}

/** For POST /mandates/{id}/revocations: the revocation decision document, and the chain above the mandate (its parent first). */
export async function loadRevocationContext(
  lookup: RegisterLookup,
  state: MandateState,
  data: RevokeMandate['data'],
): Promise<RevokeMandate['context']> {
  const [decision, chain] = await Promise.all([
    typeof data.decision === 'string' ? lookup.document(data.decision) : null,
    loadChain(lookup, state?.parentMandateId),
  ]);
  return { decision, ancestors: chain.parent === null ? [] : [chain.parent, ...chain.ancestors] };
}

/**
 * For POST /mandates/{id}/corrections: the facts of the mandate as corrected
 * (a corrected `decision` names the new document), its chain, and its direct
 * sub-mandates from the read model.
 */
export async function loadCorrectionContext(
  lookup: RegisterLookup,
  state: MandateState,
  data: CorrectMandate['data'],
): Promise<CorrectMandate['context']> {
  if (state === null) {
    return { powers: [], decision: null, consentDocument: null, participants: [], functions: [], parent: null, ancestors: [], subMandates: [] };
  }
  const decision = data.field === 'decision' && typeof data.value === 'string' ? data.value : state.decision;
  const [facts, chain, subMandates] = await Promise.all([
    loadGrantFacts(lookup, { ...state, decision }),
    loadChain(lookup, state.parentMandateId),
    lookup.subMandatesOf(state.mandateId),
  ]);
  return { ...facts, ...chain, subMandates };
}
