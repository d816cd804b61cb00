import { assertNever } from '@register/domain';

export type DemoOutcome =
  /** Every step written now, into an empty register. */
  | { readonly kind: 'loaded'; readonly steps: number; readonly position: number }
  /** A run that stopped half-way has been finished: `written` steps now, `alreadyLoaded` from before. */
  | { readonly kind: 'completed'; readonly written: number; readonly alreadyLoaded: number; readonly position: number }
  /** Every step was loaded before; nothing was written. */
  | { readonly kind: 'already-loaded'; readonly steps: number }
  /** The register holds events that are not the demo's; nothing was written. */
  | { readonly kind: 'refused'; readonly head: number };

const MARKED = 'Facts the source documents do not give (dates, publication numbers gmb-YYYY-999NNN) are invented and marked "(voorbeeld)".';

/** One sentence for a person: what happened to the register, and for a refusal what to do instead. */
export function describeDemoOutcome(outcome: DemoOutcome): string {
  switch (outcome.kind) {
    case 'loaded':
      return `Loaded the SZMH demo: ${outcome.steps} writes; the log now ends at position ${outcome.position}. ${MARKED}`;
    case 'completed':
      return (
        `Completed the SZMH demo: ${outcome.written} missing writes recorded, ${outcome.alreadyLoaded} were loaded before; ` +
        `the log now ends at position ${outcome.position}. ${MARKED}`
      );
    case 'already-loaded':
      return `The SZMH demo is already loaded (${outcome.steps} writes); nothing changed.`;
    case 'refused':
      return (
        `Not loading the SZMH demo: the register already holds other data (its log ends at position ${outcome.head}). ` +
        'Load the demo into an empty register: a new REGISTER_DATA_DIR, or an empty PostgreSQL database.'
      );
    default:
      return assertNever(outcome);
  }
}
