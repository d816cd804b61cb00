import { alreadyExists, unknownReference, validationFailed } from '../shared/common.errors';
import { assertNever } from '../shared/assert-never';
import type { Decider } from '../shared/decider';
import { requireText, requireTextList } from '../shared/input-validation';
import { parseParty, requireMunicipalityCode } from '../shared/party-id';
import type { MunicipalityCode } from '../shared/party-id';
import type { FunctionCommand, RegisterFunction } from './function.commands';
import type { FunctionEvent } from './function.events';

/** A registered position; officials are recorded by position, not by person (domain.md "Parties"). */
export interface FunctionRecord {
  readonly functionId: string;
  readonly name: string;
  readonly municipality: MunicipalityCode;
  readonly externalTitles: readonly string[];
}

export type FunctionState = FunctionRecord | null;

const initialState: FunctionState = null;

export const functionStreamId = (functionId: string): string => `function-${functionId}`;

function evolve(_state: FunctionState, event: FunctionEvent): FunctionState {
  switch (event.type) {
    case 'FunctionRegistered':
      return { ...event.data };
    default:
      return assertNever(event.type);
  }
}

function decide(command: FunctionCommand, state: FunctionState): FunctionEvent[] {
  switch (command.type) {
    case 'RegisterFunction':
      return decideRegister(command, state);
    default:
      return assertNever(command.type);
  }
}

/**
 * The id carries the municipality before its first dot, and 10:4's
 * responsibility test reads it from there, so the two must agree.
 */
function decideRegister({ data, context }: RegisterFunction, state: FunctionState): FunctionEvent[] {
  const municipality = requireMunicipalityCode(data.municipality, 'municipality');
  const party = parseParty(requireText(data.id, 'id'));
  if (party?.type !== 'function' || party.municipality !== municipality) {
    throw validationFailed('id', `${data.id} must be ${municipality}.<position>, for example ${municipality}.manager-sociale-zekerheid`);
  }
  const name = requireText(data.name, 'name');
  const externalTitles = requireTextList(data.externalTitles, 'externalTitles');
  if (context.participant?.municipality !== municipality) throw unknownReference('participant', municipality);
  if (state !== null) throw alreadyExists('function', party.id);
  return [{ type: 'FunctionRegistered', data: { functionId: party.id, name, municipality, externalTitles } }];
}

export const functionDecider: Decider<FunctionCommand, FunctionEvent, FunctionState> = {
  initialState,
  evolve,
  decide,
};
