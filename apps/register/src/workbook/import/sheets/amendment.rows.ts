import type { AmendmentRecord, DocumentAggregate, RegisterLookup } from '@register/domain';
import { AdoptAmendmentCommand } from '../../../documents/adopt-amendment/adopt-amendment.command';
import { AdoptAmendmentRequestDto } from '../../../documents/adopt-amendment/adopt-amendment.request.dto';
import { ApproveAmendmentCommand } from '../../../documents/approve-amendment/approve-amendment.command';
import { ApproveAmendmentRequestDto } from '../../../documents/approve-amendment/approve-amendment.request.dto';
import { ProposeAmendmentCommand } from '../../../documents/propose-amendment/propose-amendment.command';
import { ProposeAmendmentRequestDto } from '../../../documents/propose-amendment/propose-amendment.request.dto';
import { DocumentParamsDto } from '../../../documents/publish-decision/publish-decision.request.dto';
import { sha256Hex } from '../../../documents/register-document/register-document.handler';
import { AmendmentParamsDto } from '../../../documents/shared/amendment-params.dto';
import { AMENDMENTS_SHEET, APPROVALS_SHEET } from '../../template/document-sheets';
import type { RowReader } from '../row-reader';
import { rowWrite, type RowWrite } from '../row-write';
import { headersOf, validRow } from './sheet-rows';

const A = AMENDMENTS_SHEET.column;
const AMENDMENT_COLUMNS = headersOf({ id: A.id, documentId: A.document, summary: A.summary, content: A.content, validFrom: A.validFrom, adoptedOn: A.adoptedOn });

/** An amendment's proposal, and its adoption when the row dates one (GR SZMH art. 8 lid 5, 13 lid 4, 19). */
export async function amendmentWrites(reader: RowReader): Promise<RowWrite[]> {
  const documentId = reader.text(A.document);
  const fields = { id: reader.text(A.id), summary: reader.text(A.summary), content: reader.verbatim(A.content), validFrom: reader.date(A.validFrom) };
  const adoptedOn = reader.date(A.adoptedOn);
  const path = await validRow(reader, DocumentParamsDto, { id: documentId }, { id: A.document.header });
  const body = await validRow(reader, ProposeAmendmentRequestDto, fields, AMENDMENT_COLUMNS);
  const adoption = adoptedOn === undefined ? undefined : await validRow(reader, AdoptAmendmentRequestDto, { adoptedOn }, AMENDMENT_COLUMNS);
  if (path === undefined || body === undefined || reader.problems.length > 0) return [];
  const proposal = { documentId: path.id, id: body.id ?? null, summary: body.summary, content: body.content ?? null, validFrom: body.validFrom };
  const writes = [
    rowWrite({
      at: reader.at,
      part: 'propose',
      phase: 'amendments',
      command: ProposeAmendmentCommand,
      data: proposal,
      columns: AMENDMENT_COLUMNS,
      request: ({ documentId: id, id: amendmentId, summary, content, validFrom }) => ({
        type: 'ProposeAmendment',
        data: { documentId: id, amendmentId: amendmentId ?? '', summary, content, validFrom },
        contentSha256: content === null ? null : sha256Hex(content),
      }),
      isPresent: async (data, lookup) => {
        const found = await amendmentOf(lookup, data.documentId, data.id ?? '');
        return found !== undefined && found.summary === data.summary && found.validFrom === data.validFrom && found.contentSha256 === (data.content === null ? null : sha256Hex(data.content));
      },
    }),
  ];
  if (adoption === undefined) return writes;
  const adopt = { documentId: path.id, amendmentId: body.id ?? '', adoptedOn: adoption.adoptedOn ?? null };
  return [
    ...writes,
    rowWrite({
      at: reader.at,
      part: 'adopt',
      phase: 'adoptions',
      ordering: { kind: 'dated', date: adopt.adoptedOn ?? '' },
      command: AdoptAmendmentCommand,
      data: adopt,
      columns: AMENDMENT_COLUMNS,
      request: (data, today) => ({ type: 'AdoptAmendment', data, today }),
      isPresent: async (data, lookup) => (await amendmentOf(lookup, data.documentId, data.amendmentId))?.adoptedOn === data.adoptedOn,
    }),
  ];
}

const G = APPROVALS_SHEET.column;
const APPROVAL_COLUMNS = headersOf({ id: G.document, amendmentId: G.amendment, organ: G.organ, decision: G.decision, approvedOn: G.approvedOn });

/** One organ's approval of an amendment; a council's approval is its consent (GR SZMH art. 19 lid 2). */
export async function approvalWrites(reader: RowReader): Promise<RowWrite[]> {
  const path = await validRow(reader, AmendmentParamsDto, { id: reader.text(G.document), amendmentId: reader.text(G.amendment) }, APPROVAL_COLUMNS);
  const body = await validRow(reader, ApproveAmendmentRequestDto, { organ: reader.text(G.organ), decision: reader.text(G.decision), approvedOn: reader.date(G.approvedOn) }, APPROVAL_COLUMNS);
  if (path === undefined || body === undefined) return [];
  const data = { documentId: path.id, amendmentId: path.amendmentId, organ: body.organ, decision: body.decision ?? null, approvedOn: body.approvedOn ?? null };
  return [
    rowWrite({
      at: reader.at,
      part: 'approve',
      phase: 'approvals',
      command: ApproveAmendmentCommand,
      data,
      columns: APPROVAL_COLUMNS,
      request: (approval, today) => ({ type: 'ApproveAmendment', data: approval, today }),
      isPresent: async (approval, lookup) =>
        ((await amendmentOf(lookup, approval.documentId, approval.amendmentId))?.approvals ?? []).some(
          (a) => a.organ === approval.organ && a.decision === approval.decision && (approval.approvedOn === null || a.approvedOn === approval.approvedOn),
        ),
    }),
  ];
}

/** The amendment as the document's stream folds it; both lookups fold the whole aggregate, amendments included. */
async function amendmentOf(lookup: RegisterLookup, documentId: string, amendmentId: string): Promise<AmendmentRecord | undefined> {
  const document = (await lookup.document(documentId)) as DocumentAggregate | null;
  return document?.amendments?.find((a) => a.amendmentId === amendmentId);
}
