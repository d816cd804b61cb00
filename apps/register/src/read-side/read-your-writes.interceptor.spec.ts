import 'reflect-metadata';
import { ExecutionContextHost } from '@nestjs/core/internal';
import type { Projector } from '@register/projections';
import { lastValueFrom, of } from 'rxjs';
import type { RegisterConfig } from '../config/register-config';
import { ProblemError } from '../http/problem/problem.error';
import { WriteResponseDto } from '../write-side/write-response.dto';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

class GrantedResponseDto extends WriteResponseDto {
  constructor(position: number) {
    super({ id: 'mandate-1', position });
  }
}

/** A read side stuck below every position: each wait it is asked for times out. */
function stuckReadSide(): { projector: Projector; waits: number[] } {
  const waits: number[] = [];
  const projector = {
    waitUntilProjected: async (position: number) => {
      waits.push(position);
      return false;
    },
  } as unknown as Projector;
  return { projector, waits };
}

function answer(interceptor: ReadYourWritesInterceptor, method: string, body: unknown): Promise<unknown> {
  const response = { header: () => undefined };
  const context = new ExecutionContextHost([{ method }, response]);
  context.setType('http');
  return lastValueFrom(interceptor.intercept(context, { handle: () => of(body) })).catch((error: unknown) => error);
}

describe('ReadYourWritesInterceptor', () => {
  const config = { readYourWritesTimeoutMs: 5 } as RegisterConfig;

  it('holds back a POST answering a write until the read side reaches it, and answers 503 READ_SIDE_LAGGING when it does not', async () => {
    const { projector, waits } = stuckReadSide();
    const outcome = await answer(new ReadYourWritesInterceptor(projector, config), 'POST', new GrantedResponseDto(42));
    expect([outcome instanceof ProblemError && outcome.code, waits]).toEqual(['READ_SIDE_LAGGING', [42]]);
  });

  it.each(['GET', 'HEAD'])('answers a %s as it is, without asking the read side anything', async (method) => {
    const { projector, waits } = stuckReadSide();
    // A read never answers a write's body; if it did, it would still not wait for it.
    const body = new GrantedResponseDto(42);
    const outcome = await answer(new ReadYourWritesInterceptor(projector, config), method, body);
    expect([outcome, waits]).toEqual([body, []]);
  });
});
