import type { DataSourceOptions } from 'typeorm';
import { AuthorityProjection } from './authority/authority.projection';
import { DocumentsProjection } from './documents/documents.projection';
import { MandatesProjection } from './mandates/mandates.projection';
import { ParticipantsProjection } from './participants/participants.projection';
import { PendingPublicationsProjection } from './publications/pending-publications.projection';
import type { Projection } from './runtime/projection';

/**
 * Every projection of the register: what the service runs and what
 * `npm run cli -- rebuild` replays. A read model joins by adding its
 * projection here (and its entities below, if it uses TypeORM entities).
 */
export function registerProjections(): Projection[] {
  return [new ParticipantsProjection(), new PendingPublicationsProjection(), new DocumentsProjection(), new MandatesProjection(), new AuthorityProjection()];
}

/**
 * TypeORM entities of the read models, registered on the shared DataSource so
 * projections (through their `tx`) and queries can use repositories. Tables
 * are still created by each projection's `createSchema`: the DataSource never
 * synchronises, since it shares its database with the event store.
 */
export const READ_MODEL_ENTITIES: NonNullable<DataSourceOptions['entities']> = [];
