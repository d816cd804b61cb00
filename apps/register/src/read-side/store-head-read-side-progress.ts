import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import type { ReadSideProgress } from './read-side-progress';

/**
 * There are no projections yet, so there is nothing that could lag behind the
 * log: the read side is trivially as far as the store's head. The projector
 * replaces this with its real checkpoint.
 */
@Injectable()
export class StoreHeadReadSideProgress implements ReadSideProgress {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  caughtUpTo(): Promise<number> {
    return this.store.headPosition();
  }
}
