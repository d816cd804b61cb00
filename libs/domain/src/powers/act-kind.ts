import { validationFailed } from '../shared/common.errors';

/**
 * Awb 10:12 (and GR SZMH art. 5 lid 4) extends the mandate rules to two other
 * kinds of authorisation, and the kind must fit the nature of the act:
 *   public-law decision (besluit)            -> mandaat
 *   private-law act (privaatrechtelijke rechtshandeling) -> volmacht
 *   any other act (neither of the two)       -> machtiging
 * The catalogue records the nature as `actKind`; the API's `privateLaw: true`
 * selects 'private-law', and without either a power is a public-law decision,
 * which is what nearly every power of the Participatiewet is.
 */
export const ACT_KINDS = ['public-law-decision', 'private-law', 'other'] as const;
export type ActKind = (typeof ACT_KINDS)[number];

export const MANDATE_KINDS = ['mandaat', 'volmacht', 'machtiging'] as const;
export type MandateKind = (typeof MANDATE_KINDS)[number];

export const MANDATE_KIND_FOR_ACT: Readonly<Record<ActKind, MandateKind>> = {
  'public-law-decision': 'mandaat',
  'private-law': 'volmacht',
  other: 'machtiging',
};

export const ACT_KIND_LABELS: Readonly<Record<ActKind, string>> = {
  'public-law-decision': 'public-law decision (besluit)',
  'private-law': 'private-law act (privaatrechtelijke rechtshandeling)',
  other: 'act that is neither a decision nor a private-law act',
};

function isActKind(value: unknown): value is ActKind {
  return typeof value === 'string' && (ACT_KINDS as readonly string[]).includes(value);
}

/** The nature of a power from the catalogue request, refusing a `privateLaw` flag that contradicts `actKind`. */
export function deriveActKind(privateLaw: unknown, actKind: unknown): ActKind {
  if (privateLaw !== undefined && privateLaw !== null && typeof privateLaw !== 'boolean') {
    throw validationFailed('privateLaw', 'must be true or false');
  }
  if (actKind === undefined || actKind === null) return privateLaw === true ? 'private-law' : 'public-law-decision';
  if (!isActKind(actKind)) throw validationFailed('actKind', `must be one of ${ACT_KINDS.join(', ')}`);
  if (typeof privateLaw === 'boolean' && privateLaw !== (actKind === 'private-law')) {
    throw validationFailed('privateLaw', `contradicts actKind ${actKind}`);
  }
  return actKind;
}
