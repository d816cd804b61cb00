import { type MigrationClass, type RegisterSchema, type SqlDialect } from '@register/database';
import { FunctionNameEntity } from './authority/function-name.entity';
import { MandateEdgeEntity } from './authority/mandate-edge.entity';
import { PowerHolderEntity } from './authority/power-holder.entity';
import { DocumentAmendmentEntity, DocumentApprovalEntity } from './documents/document-records.entities';
import { DocumentVersionEntity } from './documents/document-version.entity';
import { ProjectionLeaseEntity } from './lease/projection-lease.entity';
import { ListedDocumentEntity, ListedFunctionEntity, ListedPowerEntity, ListTermEntity } from './lists/list-entries.entities';
import { LogCheckpointEntity, LogEventConcernEntity, LogLeafEntity, LogTreeNodeEntity } from './log-tree/log-tree.entities';
import { MandateVersionEntity } from './mandates/mandate-version.entity';
import { ReadModels1795538903001 } from './migrations/1795538903001-read-models.migration';
import { ListReadModels1797120000000 } from './migrations/1797120000000-list-read-models.migration';
import { VerifiableLog1797206400000 } from './migrations/1797206400000-verifiable-log.migration';
import { SecondReading1797379200000 } from './migrations/1797379200000-second-reading.migration';
import { LogTreeRekeyed1797465600000 } from './migrations/1797465600000-log-tree-rekeyed.migration';
import { ParticipantVersionEntity } from './participants/participant-version.entity';
import { DecisionConcernEntity } from './publications/decision-concern.entity';
import { PublicationDutyEntity } from './publications/publication-duty.entity';
import { PublicationVersionEntity } from './publications/publication-version.entity';
import { ProjectionCheckpointEntity } from './runtime/projection-checkpoint.entity';

/**
 * The read models' tables: every `rm_` table is REBUILDABLE, its rows derived
 * from the log alone. A change to the shape of one is still a migration, but
 * that migration may drop and recreate the projection's tables (every one of
 * them, or empty those it keeps) and call `forgetProjectionProgress` instead
 * of converting rows: the projector then replays the whole log into that
 * projection alone, while the others keep their place
 * (read-models.schema.int-spec.ts shows one). A changed fold without a
 * changed shape needs no migration: rename the projection, e.g.
 * `mandates.v2`, and it replays the same way.
 */
const READ_MODEL_ENTITIES = [
  ParticipantVersionEntity,
  PublicationVersionEntity,
  PublicationDutyEntity,
  DecisionConcernEntity,
  DocumentVersionEntity,
  DocumentAmendmentEntity,
  DocumentApprovalEntity,
  MandateVersionEntity,
  PowerHolderEntity,
  FunctionNameEntity,
  MandateEdgeEntity,
  ListTermEntity,
  ListedPowerEntity,
  ListedFunctionEntity,
  ListedDocumentEntity,
  // The verifiable log's tree (log-tree.v1); its signed checkpoints are migrated, below.
  LogTreeNodeEntity,
  LogLeafEntity,
  LogEventConcernEntity,
] as const;

/**
 * The projector's own tables are MIGRATED, never dropped: the checkpoints say
 * how far each read model is (a rebuild resets the positions, not the table),
 * and on SQLite the lease row says who may project. So are the log's signed
 * checkpoints: what the register attested cannot be derived again, and a
 * rebuilt tree must agree with it.
 */
function projectorEntities(dialect: SqlDialect): RegisterSchema['entities'] {
  const kept = [ProjectionCheckpointEntity, LogCheckpointEntity];
  return dialect === 'sqlite' ? [...kept, ProjectionLeaseEntity] : kept;
}

/** The read models' and the projector's migrations, oldest first; a new one is appended, never an old one edited. */
const READ_MODEL_MIGRATIONS: readonly MigrationClass[] = [ReadModels1795538903001, ListReadModels1797120000000, VerifiableLog1797206400000, SecondReading1797379200000, LogTreeRekeyed1797465600000];

/** Everything of this library in a database on `dialect`. */
export function readModelSchema(dialect: SqlDialect): RegisterSchema {
  return { entities: [...READ_MODEL_ENTITIES, ...projectorEntities(dialect)], migrations: READ_MODEL_MIGRATIONS };
}

export { forgetProjectionProgress } from './runtime/forget-projection-progress';
