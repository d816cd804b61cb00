import { Query } from '@nestjs/cqrs';
import type { MandateView } from '@register/projections';
import type { DocumentAnswer } from '../../documents/get-document/document-answer';
import type { AuditPeriod } from '../audit-export/audit-period';

/** Every mandate (ended ones too) and document that concerns one municipality, on the period's last day, as the register stood at its end. */
export interface MunicipalityRecords {
  readonly mandates: readonly MandateView[];
  /** Each with the version that applies on the period's last day. */
  readonly documents: readonly DocumentAnswer[];
}

/** For the audit bundle and the auditor's page; the caller has checked that the asker may audit the municipality. */
export class GetMunicipalityRecordsQuery extends Query<MunicipalityRecords> {
  constructor(
    readonly municipality: string,
    readonly period: AuditPeriod,
  ) {
    super();
  }
}
