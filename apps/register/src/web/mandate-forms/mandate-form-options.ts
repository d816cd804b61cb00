import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { readScopeOf } from '../../auth/read-scope';
import { ListParticipantsQuery } from '../../participants/list-participants/list-participants.query';
import { ListPowersQuery } from '../../powers/list-powers/list-powers.query';
import { municipalityLabel } from '../shared/dutch-format';

interface Choice {
  readonly value: string;
  readonly label: string;
}

/** The choices of the registrar's forms: the power catalogue and the participants, read through the same queries as the API. */
export interface MandateFormChoices {
  readonly powers: readonly Choice[];
  readonly municipalities: readonly Choice[];
}

const CATALOGUE_PAGE = 500;

@Injectable()
export class MandateFormOptions {
  constructor(private readonly queryBus: QueryBus) {}

  async choices(subject: AuthenticatedSubject): Promise<MandateFormChoices> {
    const scope = readScopeOf(subject);
    const powers: Choice[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.queryBus.execute(new ListPowersQuery({ filter: { mandatable: true }, paging: { limit: CATALOGUE_PAGE, cursor }, scope }));
      powers.push(...page.items.map((power) => ({ value: power.id, label: `${power.label} (${power.id})` })));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    const participants = await this.queryBus.execute(new ListParticipantsQuery({}));
    const municipalities = participants.filter((p) => p.exitOn === null).map((p) => ({ value: p.municipality, label: municipalityLabel(p.municipality) }));
    return { powers, municipalities };
  }
}
