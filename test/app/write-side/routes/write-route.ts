import type { RegisterClient } from '../../support/register-client';
import type { Body } from '../../support/szmh-mandates.fixture';

/**
 * What a field of a request body holds, as far as api.md says: enough to
 * derive values that can never be valid there.
 */
export type FieldKind =
  | 'id' // an identifier the client chooses: ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$
  | 'reference' // an identifier of something recorded earlier (organ, function, power, document)
  | 'references' // a list of those
  | 'text'
  | 'texts'
  | 'date' // YYYY-MM-DD
  | 'enum'
  | 'boolean'
  | 'amount' // euros, not negative
  | 'consentBasis'
  | 'term'
  | 'anything';

export interface FieldSpec {
  readonly kind: FieldKind;
  /** api.md gives no default for it: leaving it out cannot be valid. */
  readonly required?: boolean;
  /** api.md allows null ("absent or null when unlimited"). */
  readonly nullable?: boolean;
  /** A list that means nothing when empty (a mandate of no powers, a decision taken by nobody). */
  readonly nonEmpty?: boolean;
  /** For `enum`: the values api.md lists. */
  readonly values?: readonly string[];
}

/** One write route of api.md with a body it accepts, on data its `setup` records first. */
export interface WriteRoute {
  /** As api.md names it, e.g. `POST /mandates/{id}/revocations`. */
  readonly name: string;
  readonly path: string;
  readonly validBody: Body;
  /** The id the answer must repeat, where the client chose it. */
  readonly chosenId?: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Records what the route acts on (a mandate to revoke, a document to publish), as the registrar. */
  readonly setup?: (client: RegisterClient) => Promise<void>;
}

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
