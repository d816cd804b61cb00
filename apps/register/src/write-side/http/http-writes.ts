import { Injectable } from '@nestjs/common';
import { ReadSideLaggingError } from '../read-side-lagging.error';
import type { WriteCommandType } from '../write-command';
import { WritePipeline } from '../write-pipeline';
import type { WriteResult } from '../write-result';
import type { HttpWriteRequest } from './write-request.decorator';

/** Set on an answer that repeats a recorded one, as Stripe does, so a client can tell. */
const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/** When a lagging write is worth asking about again. */
const RETRY_AFTER_SECONDS = 1;

/**
 * The HTTP side of the WritePipeline, for the API's write routes: the
 * pipeline's answer becomes the 201 body, a replay says so in a header, and a
 * 503 READ_SIDE_LAGGING says when to ask again.
 */
@Injectable()
export class HttpWrites {
  constructor(private readonly pipeline: WritePipeline) {}

  async execute<D, R extends WriteResult>(request: HttpWriteRequest, type: WriteCommandType<D, R>, data: D): Promise<R> {
    try {
      const answer = await this.pipeline.execute(type, data, request.origin);
      if (answer.kind === 'replayed') void request.reply.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
      return answer.result;
    } catch (error) {
      if (error instanceof ReadSideLaggingError) void request.reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
      throw error;
    }
  }
}
