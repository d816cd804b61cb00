import {
  type DocumentAggregate,
  type DocumentRegistered,
  documentStreamId,
  functionStreamId,
  type AmendmentProposed,
  type InMemoryRegister,
  type MandateRecord,
  participantStreamId,
  powerStreamId,
} from '@register/domain';
import { AMENDMENTS_SHEET, APPROVALS_SHEET, DOCUMENTS_SHEET, PUBLICATIONS_SHEET } from '../template/document-sheets';
import { ACT_KIND_LABELS, DOCUMENT_TYPE_LABELS, HOLDER_LABELS, labelOf, MANDATE_KIND_LABELS, MEDIUM_LABELS, SCOPE_LABELS } from '../template/dutch-labels';
import { MANDATES_SHEET, REVOCATIONS_SHEET } from '../template/mandate-sheets';
import { FUNCTIONS_SHEET, PARTICIPANTS_SHEET, POWERS_SHEET } from '../template/reference-sheets';
import { type ExportSheet, exportSheet } from './export-sheet';

/**
 * The register as it stands now, in the template's sheets: what the write
 * side's own folds of the log say (corrections applied, as known now), so an
 * import of it into an empty register records the same facts under the same
 * ids. Rows follow the order in which the log first recorded each record, so
 * parents come before their sub-mandates in the file as well.
 */
export async function registerContents(register: InMemoryRegister): Promise<ExportSheet[]> {
  const ids = (prefix: string): string[] => register.streamIds().filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
  const documents = await loaded(ids(documentStreamId('')), (id) => register.document(id) as Promise<DocumentAggregate | null>);
  const mandates = register.allMandates();
  return [
    await participantSheet(register, ids(participantStreamId(''))),
    exportSheet(FUNCTIONS_SHEET, (await loaded(ids(functionStreamId('')), (id) => register.registeredFunction(id))).map((f) => ({ id: f.functionId, name: f.name, municipality: f.municipality, externalTitles: f.externalTitles }))),
    exportSheet(POWERS_SHEET, (await loaded(ids(powerStreamId('')), (id) => register.power(id))).map((p) => ({ id: p.powerId, label: p.label, legalBasis: p.legalBasis, holder: labelOf(HOLDER_LABELS, p.holder), mandatable: p.mandatable, nonMandatableReason: p.nonMandatableReason, actKind: labelOf(ACT_KIND_LABELS, p.actKind) }))),
    exportSheet(DOCUMENTS_SHEET, documents.map((d) => documentRow(d, registeredContent(register, d.documentId)))),
    exportSheet(PUBLICATIONS_SHEET, documents.flatMap((d) => d.publications.map((p) => ({ document: d.documentId, amendment: p.amendmentId, medium: labelOf(MEDIUM_LABELS, p.medium), publicationId: p.publicationId, publishedOn: p.publishedOn, inForceFrom: p.inForceFrom, publisher: p.publisher })))),
    exportSheet(AMENDMENTS_SHEET, documents.flatMap((d) => d.amendments.map((a) => ({ document: d.documentId, id: a.amendmentId, summary: a.summary, validFrom: a.validFrom, adoptedOn: a.adoptedOn, content: proposedContent(register, d.documentId, a.amendmentId) })))),
    exportSheet(APPROVALS_SHEET, documents.flatMap((d) => d.amendments.flatMap((a) => a.approvals.map((g) => ({ document: d.documentId, amendment: a.amendmentId, organ: g.organ, decision: g.decision, approvedOn: g.approvedOn }))))),
    exportSheet(MANDATES_SHEET, await Promise.all(mandates.map((m) => mandateRow(register, m, documents)))),
    exportSheet(REVOCATIONS_SHEET, mandates.flatMap((m) => (m.revocation === null ? [] : [{ mandate: m.mandateId, decision: m.revocation.decision, validUntil: m.revocation.validUntil }]))),
  ];
}

async function loaded<T>(ids: readonly string[], load: (id: string) => Promise<T | null>): Promise<T[]> {
  const records = await Promise.all(ids.map(load));
  return records.filter((record): record is Awaited<T> & T => record !== null);
}

/** A row per period of membership, as the sheet asks. */
async function participantSheet(register: InMemoryRegister, municipalities: readonly string[]): Promise<ExportSheet> {
  const records = await loaded(municipalities, (code) => register.participant(code));
  const rows = records.flatMap((p) => p.periods.map((period) => ({ municipality: p.municipality, name: p.name, joinedOn: period.joinedOn, exitOn: period.exitOn, exitDecision: period.exitDecision })));
  return exportSheet(PARTICIPANTS_SHEET, rows);
}

function documentRow(d: DocumentAggregate, content: string | null) {
  const { documentId: id, title, decidedOn, decidedBy, concerns, parties, term } = d;
  return { id, type: labelOf(DOCUMENT_TYPE_LABELS, d.type), title, decidedOn, decidedBy, concerns, parties, termFrom: term?.from ?? null, termUntil: term?.until ?? null, content };
}

/** The text is kept in the event that registered the document; the folded state keeps only its hash. */
function registeredContent(register: InMemoryRegister, documentId: string): string | null {
  const registered = register.stream(documentStreamId(documentId)).find((e): e is DocumentRegistered => e.type === 'DocumentRegistered');
  return registered?.data.content ?? null;
}

function proposedContent(register: InMemoryRegister, documentId: string, amendmentId: string): string | null {
  const proposed = register.stream(documentStreamId(documentId)).find((e): e is AmendmentProposed => e.type === 'AmendmentProposed' && e.data.amendmentId === amendmentId);
  return proposed?.data.content ?? null;
}

async function mandateRow(register: InMemoryRegister, m: MandateRecord, documents: readonly DocumentAggregate[]) {
  const sub = m.parentMandateId !== null;
  const legalBasis = await Promise.all(m.powers.map(async (id) => (await register.power(id))?.legalBasis ?? ''));
  const decision = documents.find((d) => d.documentId === m.decision);
  const publication = decision?.publications.find((p) => p.medium === 'gemeenteblad' && p.amendmentId === null) ?? decision?.publications[0];
  return {
    id: m.mandateId,
    parent: m.parentMandateId,
    kind: labelOf(MANDATE_KIND_LABELS, m.kind),
    scope: labelOf(SCOPE_LABELS, m.scope),
    powers: m.powers,
    legalBasis: legalBasis.map((basis, i) => `${m.powers[i]}: ${basis}`),
    origin: sub ? await originalGrantor(register, m) : m.grantor,
    mandataris: sub ? m.grantor : m.grantee,
    ondermandataris: sub ? m.grantee : null,
    municipalities: m.municipalities,
    subMandateAllowed: m.subMandateAllowed.length === 0 ? 'nee' : m.subMandateAllowed,
    ceiling: m.ceiling,
    instructions: m.instructions,
    statutoryBasis: m.consentBasis?.type === 'statutory' ? m.consentBasis.citation : null,
    consentDocument: m.consentBasis?.type === 'consent' ? m.consentBasis.document : null,
    decision: m.decision,
    publication: publication?.publicationId ?? null,
    validFrom: m.validFrom,
    validUntil: m.validUntil,
  };
}

/** The organ at the top of the chain: the oorspronkelijk bevoegd orgaan the published registers name beside a sub-mandate. */
async function originalGrantor(register: InMemoryRegister, mandate: MandateRecord): Promise<string> {
  let current = mandate;
  const seen = new Set<string>();
  while (current.parentMandateId !== null && !seen.has(current.mandateId)) {
    seen.add(current.mandateId);
    const parent = await register.mandate(current.parentMandateId);
    if (parent === null) break;
    current = parent;
  }
  return current.grantor;
}
