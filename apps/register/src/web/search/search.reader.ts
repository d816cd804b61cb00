import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { DocumentListItem, FunctionListItem, MandateView, PowerListItem } from '@register/projections';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { readScopeOf, type ReadScope } from '../../auth/read-scope';
import { ListDocumentsQuery } from '../../documents/list-documents/list-documents.query';
import { ListFunctionsQuery } from '../../functions/list-functions/list-functions.query';
import { ListMandatesQuery } from '../../mandates/list-mandates/list-mandates.query';
import { GetMandateQuery } from '../../mandates/get-mandate/get-mandate.query';
import { ListPowersQuery } from '../../powers/list-powers/list-powers.query';
import { CompetenceSuggestions, type Suggestion } from '../authority/competence-suggestions';
import { isRegisterId } from '../../http/validation';
import { isNotFound } from '../shared/shown-or-not-found';

/** What the start page's search box found, per kind (ui.md "/"): each through the list routes' query handlers, in the user's scope. */
export interface SearchResults {
  readonly functions: readonly FunctionListItem[];
  readonly organs: readonly Suggestion[];
  readonly powers: readonly PowerListItem[];
  readonly documents: readonly DocumentListItem[];
  readonly mandates: readonly MandateView[];
}

/** Per kind: enough to recognise what one meant; the lists' own pages go further. */
const PER_KIND = 10;

@Injectable()
export class SearchReader {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly suggestions: CompetenceSuggestions,
  ) {}

  async search(q: string, subject: AuthenticatedSubject): Promise<SearchResults> {
    const scope = readScopeOf(subject);
    const paging = { limit: PER_KIND };
    const functions = (await this.queryBus.execute(new ListFunctionsQuery({ filter: { q }, paging, scope }))).items;
    const organs = (await this.suggestions.actors(subject, q)).filter((found) => !found.value.includes('.')).slice(0, PER_KIND);
    const powers = (await this.queryBus.execute(new ListPowersQuery({ filter: { q }, paging, scope }))).items;
    const documents = (await this.queryBus.execute(new ListDocumentsQuery({ filter: { q }, paging, scope }))).items;
    const mandates = await this.mandates(q, [...functions.map((fn) => fn.id), ...organs.map((organ) => organ.value)], scope);
    return { functions, organs, powers, documents, mandates };
  }

  /** The mandate whose id was typed, and those granted to what was found: what a person searching for a name wants to see. */
  private async mandates(q: string, grantees: readonly string[], scope: ReadScope): Promise<MandateView[]> {
    const found = new Map<string, MandateView>();
    const byId = !isRegisterId(q) ? undefined : await this.queryBus.execute(new GetMandateQuery(q, {}, scope)).catch((error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    });
    if (byId !== undefined) found.set(byId.mandateId, byId);
    for (const grantee of grantees.slice(0, 3)) {
      const page = await this.queryBus.execute(new ListMandatesQuery({ filter: { grantee }, paging: { limit: PER_KIND }, scope }));
      for (const mandate of page.items) found.set(mandate.mandateId, mandate);
    }
    return [...found.values()].slice(0, PER_KIND);
  }
}
