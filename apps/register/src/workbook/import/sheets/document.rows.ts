import type { DocumentRecord, RegisterLookup } from '@register/domain';
import { PublishDecisionCommand } from '../../../documents/publish-decision/publish-decision.command';
import { DocumentParamsDto, PublishDecisionRequestDto } from '../../../documents/publish-decision/publish-decision.request.dto';
import { RegisterDocumentCommand, type RegisterDocumentInput } from '../../../documents/register-document/register-document.command';
import { sha256Hex } from '../../../documents/register-document/register-document.handler';
import { RegisterDocumentRequestDto } from '../../../documents/register-document/register-document.request.dto';
import { AmendmentParamsDto } from '../../../documents/shared/amendment-params.dto';
import { DOCUMENTS_SHEET, PUBLICATIONS_SHEET } from '../../template/document-sheets';
import { DOCUMENT_TYPE_LABELS, MEDIUM_LABELS } from '../../template/dutch-labels';
import type { RowReader } from '../row-reader';
import { rowWrite, type RowWrite, sameSet } from '../row-write';
import { headersOf, validRow } from './sheet-rows';

const D = DOCUMENTS_SHEET.column;
const DOCUMENT_COLUMNS = headersOf({
  id: D.id,
  type: D.type,
  title: D.title,
  decidedOn: D.decidedOn,
  decidedBy: D.decidedBy,
  concerns: D.concerns,
  parties: D.parties,
  term: D.termFrom,
  'term.from': D.termFrom,
  'term.until': D.termUntil,
  content: D.content,
});

export async function documentWrites(reader: RowReader): Promise<RowWrite[]> {
  const termFrom = reader.date(D.termFrom);
  const termUntil = reader.date(D.termUntil);
  if (termUntil !== undefined) reader.require(D.termFrom, 'bij het einde van een looptijd');
  const fields = {
    id: reader.text(D.id),
    type: reader.label(D.type, DOCUMENT_TYPE_LABELS),
    title: reader.text(D.title),
    decidedOn: reader.date(D.decidedOn),
    decidedBy: reader.ids(D.decidedBy),
    concerns: reader.ids(D.concerns),
    parties: reader.ids(D.parties),
    term: termFrom === undefined ? undefined : { from: termFrom, until: termUntil ?? null },
    content: reader.verbatim(D.content),
  };
  const body = await validRow(reader, RegisterDocumentRequestDto, fields, DOCUMENT_COLUMNS);
  if (body === undefined) return [];
  const { type, title, decidedOn, decidedBy, concerns } = body;
  const data: RegisterDocumentInput = {
    id: body.id ?? null,
    type,
    title,
    decidedOn,
    decidedBy,
    concerns,
    content: body.content ?? null,
    parties: body.parties ?? null,
    term: body.term ? { from: body.term.from, until: body.term.until ?? null } : null,
  };
  return [
    rowWrite({
      at: reader.at,
      part: 'document',
      phase: 'documents',
      command: RegisterDocumentCommand,
      data,
      columns: DOCUMENT_COLUMNS,
      request: (document, today) => ({ type: 'RegisterDocument', data: { ...document, id: document.id ?? '' }, contentSha256: contentHash(document.content), today }),
      isPresent: async (document, lookup) => sameDocument(await lookup.document(document.id ?? ''), document),
    }),
  ];
}

function contentHash(content: string | null | undefined): string | null {
  return typeof content === 'string' ? sha256Hex(content) : null;
}

function sameDocument(record: DocumentRecord | null, data: RegisterDocumentInput): boolean {
  if (record === null) return false;
  const same = record.type === data.type && record.title === data.title && record.decidedOn === data.decidedOn && record.contentSha256 === contentHash(data.content);
  const term = data.term ?? null;
  const sameTerm = (record.term === null && term === null) || (record.term?.from === term?.from && record.term?.until === (term?.until ?? null));
  return same && sameTerm && sameSet(record.decidedBy, data.decidedBy) && sameSet(record.concerns, data.concerns) && sameSet(record.parties, data.parties ?? []);
}

const B = PUBLICATIONS_SHEET.column;
const PUBLICATION_COLUMNS = headersOf({
  id: B.document,
  amendmentId: B.amendment,
  medium: B.medium,
  publicationId: B.publicationId,
  publishedOn: B.publishedOn,
  inForceFrom: B.inForceFrom,
  publisher: B.publisher,
});

/** A publication of a document, or of an adopted amendment of the arrangement (the `wijziging` column), by the central college. */
export async function publicationWrites(reader: RowReader): Promise<RowWrite[]> {
  const documentId = reader.text(B.document);
  const amendmentId = reader.text(B.amendment);
  const fields = {
    medium: reader.label(B.medium, MEDIUM_LABELS),
    publicationId: reader.text(B.publicationId),
    publishedOn: reader.date(B.publishedOn),
    inForceFrom: reader.date(B.inForceFrom),
    publisher: reader.text(B.publisher),
  };
  const path = amendmentId === undefined ? await validRow(reader, DocumentParamsDto, { id: documentId }, PUBLICATION_COLUMNS) : await validRow(reader, AmendmentParamsDto, { id: documentId, amendmentId }, PUBLICATION_COLUMNS);
  const body = await validRow(reader, PublishDecisionRequestDto, fields, PUBLICATION_COLUMNS);
  if (path === undefined || body === undefined) return [];
  const { medium, publicationId, publishedOn, inForceFrom } = body;
  const data = { documentId: path.id, amendmentId: amendmentId ?? null, medium, publicationId, publishedOn, inForceFrom, publisher: body.publisher ?? null };
  return [
    rowWrite({
      at: reader.at,
      part: 'publication',
      phase: amendmentId === undefined ? 'publications' : 'amendment-publications',
      command: PublishDecisionCommand,
      data,
      columns: PUBLICATION_COLUMNS,
      request: (publication, today) => ({ type: 'PublishDecision', data: publication, today }),
      isPresent: (publication, lookup) => hasPublication(lookup, publication),
    }),
  ];
}

async function hasPublication(lookup: RegisterLookup, data: PublishDecisionCommand['data']): Promise<boolean> {
  const record = await lookup.document(data.documentId);
  return (record?.publications ?? []).some(
    (p) =>
      p.publicationId === data.publicationId &&
      p.amendmentId === (data.amendmentId ?? null) &&
      p.medium === data.medium &&
      p.publishedOn === data.publishedOn &&
      p.inForceFrom === data.inForceFrom &&
      (data.publisher === null || data.publisher === undefined || p.publisher === data.publisher),
  );
}
