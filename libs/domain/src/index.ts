// The pure domain: deciders for each aggregate. Nothing here may import Nest,
// TypeORM, a database client, the clock or a random generator: the handler
// passes `today`, generated ids and the cross-stream facts in the command.

// Shared vocabulary
export * from './shared/assert-never';
export * from './shared/calendar-date';
export * from './shared/common.errors';
export * from './shared/decider';
export * from './shared/domain.error';
export * from './shared/organ-names';
export * from './shared/party-id';
export * from './shared/period';

// Participants
export type * from './participants/participant.commands';
export type * from './participants/participant.events';
export * from './participants/participation';
export { participantDecider, participantStreamId } from './participants/participant.decider';
export type { ParticipantState } from './participants/participant.decider';
export { loadExitParticipantContext } from './participants/participant-context.loader';

// Functions (positions)
export type * from './functions/function.commands';
export type * from './functions/function.events';
export { functionDecider, functionStreamId } from './functions/function.decider';
export type { FunctionRecord } from './functions/function.decider';
export { loadRegisterFunctionContext } from './functions/function-context.loader';

// Power catalogue
export * from './powers/act-kind';
export type * from './powers/power.commands';
export type * from './powers/power.events';
export { powerDecider, powerStreamId } from './powers/power.decider';
export type { PowerEntry } from './powers/power.decider';

// Documents and publications
export type * from './documents/document.commands';
export type * from './documents/document.events';
export type * from './documents/amendment.commands';
export type * from './documents/amendment.events';
export * from './documents/document.state';
export { missingApprovers } from './documents/amendment-approvers';
export * from './documents/publication-id';
export * from './documents/publisher';
export { documentDecider, documentStreamId } from './documents/document.decider';
export {
  loadAdoptAmendmentContext,
  loadApproveAmendmentContext,
  loadPublicationContext,
  loadRegisterDocumentContext,
} from './documents/document-context.loader';

// Mandates
export type * from './mandates/mandate.commands';
export type * from './mandates/mandate.events';
export * from './mandates/mandate.state';
export { mandateDecider, mandateStreamId } from './mandates/mandate.decider';
export * from './mandates/mandate-context.loader';

// The register as a whole
export * from './register-command';
export * from './register-event';
export * from './register-lookup';

// The write side in memory: scenarios in tests, an import's dry run against a copy of the register
export { InMemoryRegister, isAggregateStream } from './register-world/in-memory-register';
export { RegisterWorld } from './register-world/register-world';
