// Projector runtime, read-model entities and the bitemporal queries (issue 4).
export * from './runtime/projection';
export * from './runtime/projection-sql';
export * from './runtime/read-rows';
export * from './runtime/read-snapshot';
export * from './runtime/projection-checkpoints';
export * from './runtime/projection-step';
export * from './runtime/projector-logger';
export * from './runtime/projector';
export * from './runtime/rebuild-projections';
export * from './lease/projection-lease';
export * from './register-projections';
// The test oracle: the authority question and mandate status by replaying the log.
export * from './oracle/authority-answer.types';
export * from './oracle/authority.oracle';
export * from './oracle/mandate-status.oracle';
// Read models and their queries.
export * from './participants/participants.projection';
export * from './participants/participant-list.query';
export * from './publications/pending-publications.projection';
export * from './publications/pending-publication-list.query';
export * from './documents/documents.projection';
export * from './documents/document-view.query';
export * from './documents/version-in-force';
export * from './mandates/mandates.projection';
export * from './mandates/mandate.query';
export * from './mandates/child-mandate-ids.query';
export * from './registers/register-tree';
export * from './registers/register.query';
export * from './authority/authority.projection';
export * from './authority/authority.query';
