import { validationFailed } from './common.errors';

/**
 * Administrative organs are written `college:GM0938`; officials are recorded by
 * position as functions `GM0935.manager-sociale-zekerheid`, whose municipality
 * is the part before the first dot (domain.md "Parties"). A grantor, grantee or
 * decision maker may be either: a "party".
 */
export const ORGAN_KINDS = ['college', 'burgemeester', 'raad'] as const;
export type OrganKind = (typeof ORGAN_KINDS)[number];

export type MunicipalityCode = string;

export interface OrganParty {
  readonly type: 'organ';
  readonly id: string;
  readonly organKind: OrganKind;
  readonly municipality: MunicipalityCode;
}

interface FunctionParty {
  readonly type: 'function';
  readonly id: string;
  readonly municipality: MunicipalityCode;
}

export type Party = OrganParty | FunctionParty;

const MUNICIPALITY_PATTERN = /^GM\d{4}$/;
const ORGAN_PATTERN = /^(college|burgemeester|raad):(GM\d{4})$/;
const FUNCTION_PATTERN = /^(GM\d{4})\.[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

export function isMunicipalityCode(value: unknown): value is MunicipalityCode {
  return typeof value === 'string' && MUNICIPALITY_PATTERN.test(value);
}

/** The party an identifier names, or null when it is neither an organ nor a function id. */
export function parseParty(id: string): Party | null {
  const organ = ORGAN_PATTERN.exec(id);
  if (organ) return { type: 'organ', id, organKind: organ[1] as OrganKind, municipality: organ[2] };
  const fn = FUNCTION_PATTERN.exec(id);
  if (fn) return { type: 'function', id, municipality: fn[1] };
  return null;
}

export function requireParty(id: unknown, field: string): Party {
  const party = typeof id === 'string' ? parseParty(id) : null;
  if (!party) {
    throw validationFailed(
      field,
      `${JSON.stringify(id)} is neither an organ such as college:GM0938 nor a function such as GM0935.manager-sociale-zekerheid`,
    );
  }
  return party;
}

/** An organ such as college:GM0938; a function id names the field. */
export function requireOrgan(id: unknown, field: string): OrganParty {
  const party = requireParty(id, field);
  if (party.type !== 'organ') throw validationFailed(field, `must be an organ such as college:GM0938, not the function ${party.id}`);
  return party;
}

export function requireMunicipalityCode(code: unknown, field: string): MunicipalityCode {
  if (!isMunicipalityCode(code)) {
    throw validationFailed(field, `${JSON.stringify(code)} is not a CBS municipality code such as GM0938`);
  }
  return code;
}

/** The municipality of an organ or function id; the caller has validated the id. */
export function municipalityOfParty(id: string): MunicipalityCode {
  const party = parseParty(id);
  if (!party) throw new Error(`Not a party id: ${id}`);
  return party.municipality;
}
