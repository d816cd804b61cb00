import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ORGAN_KINDS } from '@register/domain';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { mayRead, readScopeOf } from '../../auth/read-scope';
import { ListFunctionsQuery } from '../../functions/list-functions/list-functions.query';
import { isPartyId } from '../../http/validation';
import { ListParticipantsQuery } from '../../participants/list-participants/list-participants.query';
import { ListPowersQuery } from '../../powers/list-powers/list-powers.query';
import { partyName } from '../shared/dutch-format';

/** A suggestion for a field of the competence check: the value the API takes and the words a person recognises. */
export interface Suggestion {
  readonly value: string;
  readonly label: string;
}

/** The form of the catalogue's ids: capitals, digits and separators. Anything else is a description to look up. */
const POWER_ID = /^[A-Z0-9][A-Z0-9._:-]*$/;

/** How many suggestions a field offers: enough to choose from, few enough to read. */
const SUGGESTIONS = 50;

/**
 * The suggestions of /bevoegdheid (ui.md): functions with their external
 * titles and organs for the actor, powers for the power, read through the
 * list routes' query handlers in the asker's own scope. They feed the form's
 * datalists, which browsers offer without any script, the page's "Bedoelde
 * u" list when free text matches several, and the script that narrows them
 * while typing.
 */
@Injectable()
export class CompetenceSuggestions {
  constructor(private readonly queryBus: QueryBus) {}

  async actors(subject: AuthenticatedSubject, q?: string): Promise<Suggestion[]> {
    const scope = readScopeOf(subject);
    const functions = await this.queryBus.execute(new ListFunctionsQuery({ filter: { q }, paging: { limit: SUGGESTIONS }, scope }));
    const named = functions.items.map((fn) => ({ value: fn.id, label: [fn.name, ...fn.externalTitles].join(' / ') }));
    return [...named, ...(await this.organs(subject, q))].slice(0, SUGGESTIONS);
  }

  async powers(subject: AuthenticatedSubject, q?: string): Promise<Suggestion[]> {
    const page = await this.queryBus.execute(new ListPowersQuery({ filter: { q }, paging: { limit: SUGGESTIONS }, scope: readScopeOf(subject) }));
    return page.items.map((power) => ({ value: power.id, label: power.label }));
  }

  /**
   * What typed text stands for: the id itself, the one function or organ it
   * names, or the candidates to choose from (none when nothing matches).
   */
  async actorFor(subject: AuthenticatedSubject, typed: string): Promise<{ readonly id: string } | { readonly candidates: Suggestion[] }> {
    if (isPartyId(typed)) return { id: typed };
    const candidates = await this.actors(subject, typed);
    return candidates.length === 1 ? { id: candidates[0].value } : { candidates };
  }

  async powerFor(subject: AuthenticatedSubject, typed: string): Promise<{ readonly id: string } | { readonly candidates: Suggestion[] }> {
    // A catalogue id as the catalogue writes them (PW-BIJSTAND) is asked as it is: the answer says whether the register knows it.
    if (POWER_ID.test(typed)) return { id: typed };
    const candidates = await this.powers(subject, typed);
    const exact = candidates.find((power) => power.value === typed);
    if (exact !== undefined) return { id: exact.value };
    return candidates.length === 1 ? { id: candidates[0].value } : { candidates };
  }

  /** The organs of the participants the asker may read, as "het college van burgemeester en wethouders van Meerssen". */
  private async organs(subject: AuthenticatedSubject, q?: string): Promise<Suggestion[]> {
    const scope = readScopeOf(subject);
    const participants = await this.queryBus.execute(new ListParticipantsQuery({}));
    const organs = participants
      .filter((p) => mayRead(scope, [p.municipality]))
      .flatMap((p) => ORGAN_KINDS.map((kind) => `${kind}:${p.municipality}`))
      .map((id) => ({ value: id, label: partyName(id) }));
    const wanted = q?.trim().toLowerCase();
    return wanted ? organs.filter((organ) => `${organ.value}\n${organ.label}`.toLowerCase().includes(wanted)) : organs;
  }
}
