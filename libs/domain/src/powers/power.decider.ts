import { alreadyExists, unknownReference, validationFailed } from '../shared/common.errors';
import { assertNever } from '../shared/assert-never';
import type { Decider } from '../shared/decider';
import { requireOneOf, requireOptionalText, requireText } from '../shared/input-validation';
import { ORGAN_KINDS } from '../shared/party-id';
import { deriveActKind } from './act-kind';
import type { CataloguePower, PowerCommand } from './power.commands';
import type { PowerCatalogued, PowerEvent } from './power.events';

/** A catalogue entry: what the grant rules need to know about a power. */
export type PowerEntry = PowerCatalogued['data'];

export type PowerState = PowerEntry | null;

const initialState: PowerState = null;

export const powerStreamId = (powerId: string): string => `power-${powerId}`;

function evolve(_state: PowerState, event: PowerEvent): PowerState {
  switch (event.type) {
    case 'PowerCatalogued':
      return { ...event.data };
    default:
      return assertNever(event.type);
  }
}

function decide(command: PowerCommand, state: PowerState): PowerEvent[] {
  switch (command.type) {
    case 'CataloguePower':
      return decideCatalogue(command, state);
    default:
      return assertNever(command.type);
  }
}

/** Awb 10:3: the catalogue must say why a power may not be mandated, so a refusal can cite it. */
function decideCatalogue({ data }: CataloguePower, state: PowerState): PowerEvent[] {
  const powerId = requireText(data.id, 'id');
  if (typeof data.mandatable !== 'boolean') throw validationFailed('mandatable', 'must be true or false');
  const nonMandatableReason = requireOptionalText(data.nonMandatableReason, 'nonMandatableReason');
  if (!data.mandatable && nonMandatableReason === null) {
    throw validationFailed('nonMandatableReason', 'Awb 10:3: a power that may not be mandated needs the reason why');
  }
  const actKind = deriveActKind(data.privateLaw, data.actKind);
  const entry: PowerEntry = {
    powerId,
    label: requireText(data.label, 'label'),
    legalBasis: requireText(data.legalBasis, 'legalBasis'),
    holder: requireOneOf(data.holder, ORGAN_KINDS, 'holder'),
    mandatable: data.mandatable,
    nonMandatableReason,
    privateLaw: actKind === 'private-law',
    actKind,
  };
  if (state !== null) throw alreadyExists('power', powerId);
  return [{ type: 'PowerCatalogued', data: entry }];
}

/** The catalogue entry for a power from a handler-loaded context, or UNKNOWN_REFERENCE. */
export function findPower(entries: readonly PowerEntry[], powerId: string): PowerEntry {
  const entry = entries.find((e) => e.powerId === powerId);
  if (!entry) throw unknownReference('power', powerId);
  return entry;
}

export const powerDecider: Decider<PowerCommand, PowerEvent, PowerState> = { initialState, evolve, decide };
