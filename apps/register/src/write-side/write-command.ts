import { Command } from '@nestjs/cqrs';
import type { RegisterEvent } from '@register/domain';
import type { CommandMetadata } from './command-metadata';
import type { WriteResult } from './write-result';

/**
 * What a command handler of the write side returns to the WritePipeline: the
 * events it decided, in append order (or, on the retry of a request that
 * crashed after appending, the events that attempt stored), and the answer
 * built from them. The last event is at `result.position`.
 */
export interface Written<R extends WriteResult = WriteResult> {
  readonly result: R;
  readonly events: readonly RegisterEvent[];
}

/**
 * Every command of the write side: the data a controller or form builds from
 * its input, and the metadata the WritePipeline gives it (who, which
 * correlation id, and the ids its events take). A use case declares its
 * command as `class GrantMandateCommand extends WriteCommand<GrantMandateInput> {}`.
 */
export abstract class WriteCommand<D, R extends WriteResult = WriteResult> extends Command<Written<R>> {
  constructor(
    readonly data: D,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}

/** A command class, as the WritePipeline takes it: it builds the command once it knows the metadata. */
export type WriteCommandType<D, R extends WriteResult> = new (data: D, metadata: CommandMetadata) => WriteCommand<D, R>;

/** The event of `type` among those a command decided, to build its answer from; without one the handler has a bug. */
export function decidedEvent<T extends RegisterEvent['type']>(events: readonly RegisterEvent[], type: T): Extract<RegisterEvent, { type: T }> {
  const event = events.find((candidate): candidate is Extract<RegisterEvent, { type: T }> => candidate.type === type);
  if (event === undefined) throw new Error(`The command decided no ${type} (it decided ${events.map((e) => e.type).join(', ') || 'nothing'})`);
  return event;
}
