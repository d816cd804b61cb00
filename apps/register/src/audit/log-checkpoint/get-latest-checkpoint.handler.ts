import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetLatestCheckpointQuery, type LatestCheckpoint } from './get-latest-checkpoint.query';
import { LogCheckpoints } from './log-checkpoints';

@QueryHandler(GetLatestCheckpointQuery)
export class GetLatestCheckpointHandler implements IQueryHandler<GetLatestCheckpointQuery> {
  constructor(private readonly checkpoints: LogCheckpoints) {}

  async execute(): Promise<LatestCheckpoint> {
    return { ...(await this.checkpoints.latest()), verifierKey: this.checkpoints.verifierKey };
  }
}
