import { parseParty } from '@register/domain';
import type { MunicipalityCode } from '@register/domain';
import type { KnownMandate, KnownRegister } from './known-register';

/**
 * The organ that holds a power for a municipality: the catalogue's `holder`
 * kind of that municipality (`college` and GM0938 give `college:GM0938`).
 * Null when the power is not catalogued at knownAt.
 */
export function holderOf(register: KnownRegister, power: string, municipality: MunicipalityCode): string | null {
  const kind = register.powers.get(power)?.holder;
  if (kind === undefined) return null;
  const organ = `${kind}:${municipality}`;
  return parseParty(organ)?.type === 'organ' ? organ : null;
}

/**
 * Every chain from the holder to the actor, whatever it says about validOn:
 * an original mandate granted by the holder, then sub-mandates each hanging
 * from the link above (parentMandateId) and granted by its grantee, down to a
 * mandate whose grantee is the actor. Every link must name the power and the
 * municipality; whether it holds on validOn is judged afterwards, so that a
 * failing chain can still be shown as the nearest one.
 */
export function chainsToActor(
  register: KnownRegister,
  question: { readonly holder: string; readonly actor: string; readonly power: string; readonly municipality: MunicipalityCode },
): KnownMandate[][] {
  const { holder, actor, power, municipality } = question;
  const covering = [...register.mandates.values()].filter((m) => m.powers.includes(power) && m.municipalities.includes(municipality));
  const originals = covering.filter((m) => m.parentMandateId === null && m.grantor === holder);
  return originals.flatMap((original) => extend([original], covering, actor));
}

function extend(path: readonly KnownMandate[], covering: readonly KnownMandate[], actor: string): KnownMandate[][] {
  const last = path[path.length - 1];
  if (last.grantee === actor) return [[...path]];
  // The write side refuses cycles (DELEGATION_CYCLE); the guard only keeps a damaged log from looping forever.
  const next = covering.filter((m) => m.parentMandateId === last.mandateId && m.grantor === last.grantee && !path.includes(m));
  return next.flatMap((m) => extend([...path, m], covering, actor));
}

/** A mandate with the mandates it derives from, the original first: the chain its status depends on. */
export function ancestryOf(register: KnownRegister, mandate: KnownMandate): KnownMandate[] {
  const chain = [mandate];
  let parentId = mandate.parentMandateId;
  while (parentId !== null) {
    const parent = register.mandates.get(parentId);
    if (parent === undefined || chain.includes(parent)) break;
    chain.unshift(parent);
    parentId = parent.parentMandateId;
  }
  return chain;
}
