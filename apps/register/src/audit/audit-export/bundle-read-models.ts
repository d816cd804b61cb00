import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { recordsConcerning } from '@register/projections';
import type { DataSource } from 'typeorm';
import type { ReadScope } from '../../auth/read-scope';
import { DocumentResponseDto } from '../../documents/get-document/document.response.dto';
import { GetDocumentQuery } from '../../documents/get-document/get-document.query';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { ProblemError } from '../../http/problem/problem.error';
import { GetMandateQuery } from '../../mandates/get-mandate/get-mandate.query';
import { MandateResponseDto } from '../../mandates/get-mandate/mandate.response.dto';
import { GetRegisterQuery } from '../../registers/get-register.query';
import { RegisterResponseDto } from '../../registers/register.response.dto';
import type { AuditPeriod } from './audit-period';

/** The central municipality, whose college keeps the register of what the partners mandated to it (art 5 lid 5). */
const CENTRAL_COLLEGE = 'college:GM0935';

/**
 * The read models of an audit bundle: every mandate (ended ones too, with its
 * status on `until`) and every document that concerns the municipality, and
 * the registers of its organs, each as the API answers it for an auditor of
 * that municipality alone, on `until`, as the register stood at the end of
 * the period. They go through the same queries as the API, so the bundle
 * shows what GET /mandates/{id}, /documents/{id} and /registers/{organ} show.
 */
@Injectable()
export class BundleReadModels {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async of(municipality: string, period: AuditPeriod): Promise<Record<string, unknown>> {
    const scope: ReadScope = { kind: 'municipalities', municipalities: new Set([municipality]) };
    const temporal = { validOn: period.until, knownAt: period.knownAt, axis: 'valid' as const };
    const ids = await recordsConcerning(this.dataSource, municipality, period.knownAt);
    const mandates = await this.each(ids.mandates, async (id) => MandateResponseDto.of(await this.queryBus.execute(new GetMandateQuery(id, temporal, scope))));
    const documents = await this.each(ids.documents, async (id) => DocumentResponseDto.of(await this.queryBus.execute(new GetDocumentQuery(id, temporal, scope))));
    const registers: Record<string, unknown> = {};
    const organs = [`college:${municipality}`, `burgemeester:${municipality}`, `raad:${municipality}`];
    for (const organ of organs) {
      const [granted, received] = [await this.register(organ, 'granted', temporal, scope), await this.register(organ, 'received', temporal, scope)];
      registers[organ] = { granted, received };
    }
    if (!organs.includes(CENTRAL_COLLEGE)) registers[CENTRAL_COLLEGE] = { received: await this.register(CENTRAL_COLLEGE, 'received', temporal, scope) };
    return { 'mandates.json': plain(mandates), 'documents.json': plain(documents), 'registers.json': plain(registers) };
  }

  private async register(organ: string, direction: 'granted' | 'received', temporal: GetRegisterQuery['temporal'], scope: ReadScope): Promise<RegisterResponseDto> {
    return RegisterResponseDto.of(await this.queryBus.execute(new GetRegisterQuery(organ, direction, temporal, scope)));
  }

  /** Each id's answer; one the scope or knownAt hides (a mandate recorded later than the period) is left out. */
  private async each<T>(ids: readonly string[], answer: (id: string) => Promise<T>): Promise<T[]> {
    const answers: T[] = [];
    for (const id of ids) {
      try {
        answers.push(await answer(id));
      } catch (error) {
        if (!(error instanceof ProblemError && error.code === 'NOT_FOUND')) throw error;
      }
    }
    return answers;
  }
}

/** The response DTOs as plain JSON values, as a client reads them: what the bundle's canonical JSON takes. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
