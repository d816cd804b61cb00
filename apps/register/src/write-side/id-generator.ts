import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/** Makes the ids the service chooses itself (an omitted `id`, a command id); injected so tests can fix them. */
export interface IdGenerator {
  newId(): string;
}

export const ID_GENERATOR = Symbol('IdGenerator');

/** Random UUIDs: they match the register's identifier pattern and need no coordination between instances. */
@Injectable()
export class RandomIdGenerator implements IdGenerator {
  newId(): string {
    return randomUUID();
  }
}
