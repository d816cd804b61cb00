import type { QueryRunner } from 'typeorm';
import { ProjectionCheckpointEntity } from './projection-checkpoint.entity';

/**
 * For a migration that drops and recreates (or empties) all of a rebuildable
 * read model's tables: forgets how far the projection named `projection` had
 * got, so the projector registers it at position 0 on its next start and
 * replays the log into it.
 */
export async function forgetProjectionProgress(runner: QueryRunner, projection: string): Promise<void> {
  await runner.manager.delete(ProjectionCheckpointEntity, { name: projection });
}
