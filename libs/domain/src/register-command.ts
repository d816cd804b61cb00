import type { DocumentCommand } from './documents/document.commands';
import type { FunctionCommand } from './functions/function.commands';
import type { MandateCommand } from './mandates/mandate.commands';
import type { ParticipantCommand } from './participants/participant.commands';
import type { PowerCommand } from './powers/power.commands';

/** Every command the write side decides. */
type RegisterCommand = ParticipantCommand | FunctionCommand | PowerCommand | DocumentCommand | MandateCommand;

/**
 * A command as a handler receives it, before it loaded the cross-stream facts
 * (`context`) the decider needs; see the `load...Context` functions.
 */
export type WithoutContext<C> = C extends { readonly context: unknown } ? Omit<C, 'context'> : C;

export type RegisterRequest = WithoutContext<RegisterCommand>;
