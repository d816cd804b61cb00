import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { ReadScope } from '../../auth/read-scope';
import { DocumentResponseDto } from '../../documents/get-document/document.response.dto';
import { MandateResponseDto } from '../../mandates/get-mandate/mandate.response.dto';
import { GetRegisterQuery } from '../../registers/get-register.query';
import { RegisterResponseDto } from '../../registers/register.response.dto';
import { GetMunicipalityRecordsQuery } from '../audit-records/get-municipality-records.query';
import type { AuditPeriod } from './audit-period';

/** The central municipality, whose college keeps the register of what the partners mandated to it (art 5 lid 5). */
const CENTRAL_COLLEGE = 'college:GM0935';

/**
 * The read models of an audit bundle, in the shapes of the API's answers:
 * mandates.json (every mandate of the municipality, ended ones too, with its
 * status on `until`), documents.json, and registers.json with the registers
 * of its college, mayor and council (granted and received) and, for a
 * partner, the central college's register of what it received, each
 * filtered as for an auditor of that municipality alone.
 */
@Injectable()
export class BundleReadModels {
  constructor(private readonly queryBus: QueryBus) {}

  async of(municipality: string, period: AuditPeriod): Promise<Record<string, unknown>> {
    const scope: ReadScope = { kind: 'municipalities', municipalities: new Set([municipality]) };
    const temporal = { validOn: period.until, knownAt: period.knownAt, axis: 'valid' as const };
    const records = await this.queryBus.execute(new GetMunicipalityRecordsQuery(municipality, period));
    const register = async (organ: string, direction: 'granted' | 'received') =>
      RegisterResponseDto.of(await this.queryBus.execute(new GetRegisterQuery(organ, direction, temporal, scope)));
    const registers: Record<string, unknown> = {};
    const organs = [`college:${municipality}`, `burgemeester:${municipality}`, `raad:${municipality}`];
    for (const organ of organs) registers[organ] = { granted: await register(organ, 'granted'), received: await register(organ, 'received') };
    if (!organs.includes(CENTRAL_COLLEGE)) registers[CENTRAL_COLLEGE] = { received: await register(CENTRAL_COLLEGE, 'received') };
    return {
      'mandates.json': plain(records.mandates.map(MandateResponseDto.of)),
      'documents.json': plain(records.documents.map(DocumentResponseDto.of)),
      'registers.json': plain(registers),
    };
  }
}

/** The response DTOs as plain JSON values, as a client reads them: what the bundle's canonical JSON takes. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
