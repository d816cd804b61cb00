import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { encodeBase64 } from '@register/verifiable-log';
import { GetAccessLogQuery } from '../../audit/access-log/get-access-log.query';
import { auditPeriod } from '../../audit/audit-export/audit-period';
import { GetAuditEventsQuery } from '../../audit/audit-records/get-audit-events.query';
import { GetMunicipalityRecordsQuery } from '../../audit/audit-records/get-municipality-records.query';
import { GetLatestCheckpointQuery } from '../../audit/log-checkpoint/get-latest-checkpoint.query';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { dutchDate, dutchInstant, partyName } from '../shared/dutch-format';
import { DOCUMENT_TYPE_TEXTS, MANDATE_STATUS_TEXTS, textOf } from '../shared/register-texts';
import type { AuditQuestion } from './audit-form';

/** The events listed on the page; the bundle holds them all. */
const EVENTS_SHOWN = 500;

/** Everything the auditor's page shows of one municipality's period, in Dutch, through the queries the API answers with. */
@Injectable()
export class AuditPageReader {
  constructor(private readonly queryBus: QueryBus) {}

  async read(question: AuditQuestion, subject: AuthenticatedSubject, now: Date) {
    const { municipality, from, until } = question;
    const period = auditPeriod(from, until, now);
    const checkpoint = await this.queryBus.execute(new GetLatestCheckpointQuery());
    const events = await this.queryBus.execute(new GetAuditEventsQuery(municipality, from, until, EVENTS_SHOWN, subject));
    const records = await this.queryBus.execute(new GetMunicipalityRecordsQuery(municipality, period));
    const reads = await this.queryBus.execute(new GetAccessLogQuery(municipality, from, until, subject));
    const linkTime = `validOn=${until}&knownAt=${encodeURIComponent(period.knownAt)}`;
    return {
      checkpoint: { size: checkpoint.treeSize, root: encodeBase64(checkpoint.rootHash), signedAt: checkpoint.treeSize === 0 ? '' : dutchInstant(checkpoint.signedAt), note: checkpoint.note, verifierKey: checkpoint.verifierKey },
      events: { total: events.total, shown: events.events.map((event) => ({ position: event.position, at: dutchInstant(event.recordedAt), type: event.type, stream: event.stream, by: String(event.metadata.recordedBy ?? '') })) },
      mandates: records.mandates.map((mandate) => ({
        id: mandate.mandateId,
        href: `/mandaten/${encodeURIComponent(mandate.mandateId)}?${linkTime}`,
        parties: `${partyName(mandate.grantor)} aan ${partyName(mandate.grantee)}`,
        period: `${dutchDate(mandate.validFrom)}${mandate.validUntil ? ` tot ${dutchDate(mandate.validUntil)}` : ' tot intrekking'}`,
        status: textOf(MANDATE_STATUS_TEXTS, mandate.status),
      })),
      documents: records.documents.map(({ document }) => ({
        id: document.id,
        href: `/documenten/${encodeURIComponent(document.id)}?${linkTime}`,
        title: document.title,
        type: textOf(DOCUMENT_TYPE_TEXTS, document.type),
        decidedOn: dutchDate(document.decidedOn),
      })),
      reads: reads.map((read) => ({ at: dutchInstant(read.at), subject: read.subject, roles: read.roles.replace(/,/g, ', '), route: read.route, status: read.status, items: read.items })),
    };
  }
}
