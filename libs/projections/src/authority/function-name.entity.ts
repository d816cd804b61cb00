import { Column, Entity, PrimaryColumn } from 'typeorm';

const FUNCTION_NAMES_TABLE = 'rm_function_names';

/**
 * The names an actor of the authority question may be given by: every
 * registered function under its id (`kind` 'id', exactly as registered) and
 * under each external title it carries (`kind` 'title': "Directeur SZMH",
 * what stands under a signed decision, as titleKey writes it), so that a
 * title names the function when exactly one carries it. Functions are
 * registered once and never change (a second registration is
 * ALREADY_EXISTS), so the table is append-only. A rebuildable read model.
 */
@Entity(FUNCTION_NAMES_TABLE)
export class FunctionNameEntity {
  @PrimaryColumn('text')
  readonly kind!: string;

  @PrimaryColumn('text')
  readonly name!: string;

  @PrimaryColumn('text')
  readonly functionId!: string;

  @Column('text')
  readonly municipality!: string;

  @Column('text')
  readonly recordedFrom!: string;
}

/** A title as it is matched: trimmed, inner white space one space, lower case, so "Directeur  szmh " finds "Directeur SZMH". */
export function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}
