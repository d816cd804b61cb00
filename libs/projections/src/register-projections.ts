import { AuthorityProjection } from './authority/authority.projection';
import { DocumentsProjection } from './documents/documents.projection';
import { ListsProjection } from './lists/lists.projection';
import { MandatesProjection } from './mandates/mandates.projection';
import { ParticipantsProjection } from './participants/participants.projection';
import { PublicationsProjection } from './publications/publications.projection';
import type { Projection } from './runtime/projection';

/**
 * Every projection of the register: what the service runs and what
 * `npm run cli -- rebuild` replays. A read model joins by adding its
 * projection here, its entities to READ_MODEL_ENTITIES and the migration that
 * creates their tables to READ_MODEL_MIGRATIONS (read-models.schema.ts).
 */
export function registerProjections(): Projection[] {
  return [new ParticipantsProjection(), new PublicationsProjection(), new DocumentsProjection(), new MandatesProjection(), new AuthorityProjection(), new ListsProjection()];
}
