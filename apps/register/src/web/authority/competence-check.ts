import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import type { AuthorityAnswer, DocumentSummary } from '@register/projections';
import { GetLatestCheckpointQuery, type LatestCheckpoint } from '../../audit/log-checkpoint/get-latest-checkpoint.query';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { type ReadScope, readScopeOf } from '../../auth/read-scope';
import { GetAuthorityOnBothAxesQuery } from '../../authority/get-authority-on-both-axes.query';
import { GetDocumentSummariesQuery } from '../../documents/list-documents/get-document-summaries.query';
import { calendarDateIn, CLOCK, type Clock } from '../../write-side/clock';
import type { CompetenceQuestion } from './competence-question';

/** The answer of the competence check: both axes for one question, and what the page and the statement show beside it. */
export interface CompetenceAnswer {
  readonly question: CompetenceQuestion;
  readonly validOn: string;
  readonly knownAt: string;
  readonly valid: AuthorityAnswer;
  readonly inForce: AuthorityAnswer;
  /** The decision documents of both chains, by id; one the asker may not read is missing, as in the API. */
  readonly decisions: ReadonlyMap<string, DocumentSummary>;
  /** The last position of the log when the question was answered: every event recorded by knownAt lies at or below it. */
  readonly logPosition: number;
  /** The latest signed checkpoint once the question was answered: it covers every event the answers were read from. */
  readonly checkpoint: LatestCheckpoint;
  readonly askedBy: string;
  readonly askedAt: string;
}

/**
 * Asks GET /authority's question through the same QueryBus as the API, on
 * both axes at once for one fixed knownAt, so the two answers describe the
 * same register; then the chains' decision documents the same way.
 */
@Injectable()
export class CompetenceCheck {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  /** @throws ProblemError NOT_FOUND as the API does: an unknown actor, power or municipality, or one outside an auditor's scope. */
  async answer(question: CompetenceQuestion, subject: AuthenticatedSubject): Promise<CompetenceAnswer> {
    const now = this.clock.now();
    const validOn = question.validOn ?? calendarDateIn(now);
    const knownAt = question.knownAt ?? now.toISOString();
    const scope = readScopeOf(subject);
    const logPosition = await this.eventStore.headPosition();
    const parameters = { actor: question.actor, power: question.power, municipality: question.municipality, validOn, knownAt, amount: question.amount };
    const { valid, inForce } = await this.queryBus.execute(new GetAuthorityOnBothAxesQuery(parameters, scope));
    const decisionIds = new Set([...valid.chain, ...inForce.chain].map((link) => link.decision));
    const decisions = await this.documents([...decisionIds], knownAt, scope);
    const checkpoint = await this.queryBus.execute(new GetLatestCheckpointQuery());
    return { question, validOn, knownAt, valid, inForce, decisions, logPosition, checkpoint, askedBy: subject.sub, askedAt: now.toISOString() };
  }

  /** The chains' decisions by id, in one lookup; one the asker may not read is missing, as in the API. */
  private documents(ids: readonly string[], knownAt: string, scope: ReadScope): Promise<ReadonlyMap<string, DocumentSummary>> {
    return this.queryBus.execute(new GetDocumentSummariesQuery(ids, knownAt, scope));
  }
}
