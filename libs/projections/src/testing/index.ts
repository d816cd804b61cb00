// The test entry point of the projections library (`@register/projections/testing`): the oracle
// that answers the register's questions by replaying the log, the read models' replay oracles,
// recorded histories and test databases. Production code never imports it (dependency-cruiser:
// production-code-does-not-import-tests); the read models' shared types live in the library itself.
export * from './oracle/authority.oracle';
export * from './oracle/mandate-status.oracle';
export { foldKnownRegister, type KnownMandate, type KnownPublication, type KnownRegister } from './oracle/known-register';
export { firstPublication } from './oracle/link-verdict';
export * from './recorded-register';
export * from './szmh-log.fixture';
export * from './random-register-history';
export * from './projection-test-database';
export * from './projected-database';
export * from './stream-count.projection';
export * from './uncommitted-change';
export { appendRecordedRegister, recordedInstantsAndJustBefore } from '../mandates/testing/append-recorded-register';
export * from '../documents/testing/document-view.oracle';
export * from '../documents/testing/random-document-history';
export * from '../participants/testing/participant-list.oracle';
export * from '../publications/testing/pending-publication-list.oracle';
export * from '../runtime/testing/read-model-rows';
