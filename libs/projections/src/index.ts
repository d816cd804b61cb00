// Projector runtime, read-model entities and the bitemporal queries (issue 4). What only tests
// use (the oracle, test databases) is in ./testing, the `@register/projections/testing` entry point.
export * from './runtime/projection';
export * from './runtime/clear-tables';
export { insertRows } from './runtime/multi-row-statements';
export * from './runtime/read-snapshot';
export * from './runtime/projection-checkpoints';
export * from './runtime/projection-step';
export * from './runtime/projector-logger';
export * from './runtime/projector';
export * from './runtime/rebuild-projections';
export * from './lease/projection-lease';
export * from './register-projections';
// Read models and their queries.
export * from './participants/participants.projection';
export * from './participants/participant-list.query';
export * from './publications/publications.projection';
export * from './publications/pending-publication-list.query';
export * from './documents/documents.projection';
export * from './documents/document-view.query';
export * from './documents/version-in-force';
export * from './mandates/mandates.projection';
export * from './mandates/mandate.query';
export { MANDATE_STATUSES } from './mandates/mandate-status';
export * from './mandates/child-mandate-ids.query';
export * from './registers/register-tree';
export * from './registers/register.query';
export * from './authority/authority-answer';
export * from './authority/authority.projection';
export * from './authority/authority.query';
export * from './authority/question-subjects.query';
// The read models' tables and migrations (which of them are rebuildable, and how one changes shape).
export * from './read-models.schema';
// The list routes' read model and its pages (GET /powers, /functions, /documents, /mandates).
export * from './lists/lists.projection';
export type { ListAudience, ListPage } from './lists/list-page';
export * from './lists/power-list.query';
export * from './lists/function-list.query';
export * from './lists/document-list.query';
export * from './lists/mandate-list.query';
// The verifiable log: the Merkle tree over the global log, its signed checkpoints, and the checks of the log against them.
export * from './log-tree/log-tree.projection';
export * from './log-tree/log-tree.queries';
export * from './log-tree/signed-checkpoints';
export { SqlTreeNodes } from './log-tree/sql-tree-nodes';
export { CachedTreeNodes } from './log-tree/cached-tree-nodes';
export * from './log-tree/log-integrity';
export * from './log-tree/log-verification';
export * from './audit/records-concerning.query';
