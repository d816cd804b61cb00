import { parseParty } from '@register/domain';
import type { DataSource } from 'typeorm';
import { ParticipantVersionEntity } from '../participants/participant-version.entity';
import { FunctionNameEntity, titleKey } from './function-name.entity';
import { PowerHolderEntity } from './power-holder.entity';

/** What a question of GET /authority is about, as the caller wrote it. */
export interface QuestionSubjects {
  readonly actor: string;
  readonly power: string;
  readonly municipality: string;
}

export type UnknownSubject = { readonly subject: 'actor' | 'power' | 'municipality'; readonly value: string };

/** A function an external title may name. */
interface TitledFunction {
  readonly functionId: string;
  readonly municipality: string;
}

export type SubjectsFound =
  /** `actor` is the organ or the function's id, also when the question named the function by its external title. */
  | { readonly kind: 'known'; readonly actor: string }
  | { readonly kind: 'unknown'; readonly unknown: readonly UnknownSubject[] }
  /** More than one function carries the external title the question gave as actor. */
  | { readonly kind: 'ambiguous'; readonly title: string; readonly functions: readonly TitledFunction[] };

/**
 * Whether the register knows what a question is about, as it stands now
 * rather than at knownAt: a typo (`GM0935.kapper`, `pw-bijstand`, `GM9999`)
 * is a question about nothing, which the API answers 404 instead of a legal
 * "no"; something recorded after knownAt is a fair question, whose answer is
 * that nothing was known then. A municipality is known once it ever joined;
 * an organ when its municipality is; a function once registered; an actor that
 * is no organ or function id may be an external title, which names the
 * function when exactly one carries it.
 */
export async function questionSubjectsKnown(dataSource: DataSource, question: QuestionSubjects): Promise<SubjectsFound> {
  const unknown: UnknownSubject[] = [];
  if (!(await municipalityKnown(dataSource, question.municipality))) unknown.push({ subject: 'municipality', value: question.municipality });
  if (!(await dataSource.manager.exists(PowerHolderEntity, { where: { powerId: question.power } }))) unknown.push({ subject: 'power', value: question.power });
  const actor = await actorFound(dataSource, question.actor);
  if (actor.kind === 'ambiguous') return actor;
  if (actor.kind === 'unknown') unknown.push({ subject: 'actor', value: question.actor });
  if (unknown.length > 0 || actor.kind === 'unknown') return { kind: 'unknown', unknown };
  return actor;
}

type ActorFound = { readonly kind: 'known'; readonly actor: string } | { readonly kind: 'unknown' } | Extract<SubjectsFound, { kind: 'ambiguous' }>;

async function actorFound(dataSource: DataSource, actor: string): Promise<ActorFound> {
  const party = parseParty(actor);
  if (party?.type === 'organ') return (await municipalityKnown(dataSource, party.municipality)) ? { kind: 'known', actor } : { kind: 'unknown' };
  if (party?.type === 'function') {
    const registered = await dataSource.manager.exists(FunctionNameEntity, { where: { kind: 'id', name: actor } });
    return registered ? { kind: 'known', actor } : { kind: 'unknown' };
  }
  const titled = await dataSource.manager.find(FunctionNameEntity, { where: { kind: 'title', name: titleKey(actor) }, order: { functionId: 'ASC' } });
  if (titled.length === 0) return { kind: 'unknown' };
  if (titled.length === 1) return { kind: 'known', actor: titled[0].functionId };
  return { kind: 'ambiguous', title: actor, functions: titled.map(({ functionId, municipality }) => ({ functionId, municipality })) };
}

function municipalityKnown(dataSource: DataSource, municipality: string): Promise<boolean> {
  return dataSource.manager.exists(ParticipantVersionEntity, { where: { municipality } });
}
