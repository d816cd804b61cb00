import { DomainError, type MandateRecord, type RegisterLookup, unknownReference } from '@register/domain';
import { GrantMandateCommand, type GrantMandateInput } from '../../../mandates/grant-mandate/grant-mandate.command';
import { GrantMandateRequestDto } from '../../../mandates/grant-mandate/grant-mandate.request.dto';
import { GrantSubMandateCommand, type GrantSubMandateInput } from '../../../mandates/grant-sub-mandate/grant-sub-mandate.command';
import { GrantSubMandateRequestDto } from '../../../mandates/grant-sub-mandate/grant-sub-mandate.request.dto';
import { toMandateTermsInput } from '../../../mandates/shared/mandate-terms.mapper';
import { RevokeMandateCommand } from '../../../mandates/revoke-mandate/revoke-mandate.command';
import { RevokeMandateRequestDto } from '../../../mandates/revoke-mandate/revoke-mandate.request.dto';
import { MandateParamsDto } from '../../../mandates/shared/mandate-params.dto';
import { cellText } from '../../template/cell-values';
import { MANDATE_KIND_LABELS, SCOPE_LABELS } from '../../template/dutch-labels';
import { MANDATES_SHEET, REVOCATIONS_SHEET } from '../../template/mandate-sheets';
import { cellProblem } from '../import-problem';
import type { RowReader } from '../row-reader';
import { rowWrite, type RowWrite, sameSet } from '../row-write';
import { headersOf, validRow } from './sheet-rows';

const M = MANDATES_SHEET.column;
const MANDATE_COLUMNS = headersOf({
  id: M.id,
  parentMandateId: M.parent,
  kind: M.kind,
  scope: M.scope,
  grantor: M.origin,
  grantee: M.mandataris,
  powers: M.powers,
  municipalities: M.municipalities,
  subMandateAllowed: M.subMandateAllowed,
  ceiling: M.ceiling,
  instructions: M.instructions,
  consentBasis: M.statutoryBasis,
  'consentBasis.document': M.consentDocument,
  decision: M.decision,
  validFrom: M.validFrom,
  validUntil: M.validUntil,
});
const SUB_MANDATE_COLUMNS = { ...MANDATE_COLUMNS, grantor: M.mandataris.header, grantee: M.ondermandataris.header };

/** What a grant and a sub-mandate say alike. */
type Terms = Omit<GrantSubMandateInput, 'parentMandateId'>;

/**
 * A mandate of the organ that holds the powers (`oorspronkelijk bevoegd
 * orgaan` to `mandataris`), or a sub-mandate under `bovenliggend mandaat`
 * (`mandataris` to `ondermandataris`, Awb 10:9), as the published registers
 * write them.
 */
export async function mandateWrites(reader: RowReader): Promise<RowWrite[]> {
  const parent = reader.text(M.parent);
  if (parent === undefined) reader.require(M.origin, 'bij een mandaat zonder bovenliggend mandaat');
  if (parent === undefined) reader.require(M.mandataris, 'bij een mandaat zonder bovenliggend mandaat');
  if (parent !== undefined) reader.require(M.ondermandataris, 'bij een ondermandaat');
  if (parent === undefined && reader.has(M.ondermandataris)) reader.problems.push(cellProblem(reader.at, M.ondermandataris.header, 'hoort bij een ondermandaat: vul ook "bovenliggend mandaat" in'));
  const fields = termFields(reader);
  const publication = reader.text(M.publication);
  if (parent === undefined) {
    const body = await validRow(reader, GrantMandateRequestDto, { ...fields, grantor: reader.text(M.origin), grantee: reader.text(M.mandataris) }, MANDATE_COLUMNS);
    return body === undefined ? [] : [grantWrite(reader, { ...toMandateTermsInput(body), grantor: body.grantor }, publication)];
  }
  const mandataris = reader.text(M.mandataris);
  const path = await validRow(reader, MandateParamsDto, { id: parent }, { id: M.parent.header });
  const body = await validRow(reader, GrantSubMandateRequestDto, { ...fields, grantee: reader.text(M.ondermandataris) }, SUB_MANDATE_COLUMNS);
  if (path === undefined || body === undefined) return [];
  return [subMandateWrite(reader, { ...toMandateTermsInput(body), parentMandateId: path.id }, publication, mandataris)];
}

/** The body fields both kinds of grant share, read from their cells. */
function termFields(reader: RowReader): Record<string, unknown> {
  const powers = reader.ids(M.powers);
  const citation = reader.text(M.statutoryBasis);
  const document = reader.text(M.consentDocument);
  if (citation !== undefined && document !== undefined) reader.problems.push(cellProblem(reader.at, M.consentDocument.header, `vul "${M.statutoryBasis.header}" of "${M.consentDocument.header}" in, niet allebei`));
  const allowed = reader.has(M.subMandateAllowed) ? subMandateAllowed(reader, powers) : [];
  return {
    id: reader.text(M.id),
    kind: reader.label(M.kind, MANDATE_KIND_LABELS),
    scope: reader.has(M.scope) ? reader.label(M.scope, SCOPE_LABELS) : 'general',
    powers,
    municipalities: reader.ids(M.municipalities),
    subMandateAllowed: allowed,
    ceiling: reader.amount(M.ceiling),
    instructions: reader.lines(M.instructions),
    consentBasis: citation !== undefined ? { type: 'statutory', citation } : document !== undefined ? { type: 'consent', document } : undefined,
    decision: reader.text(M.decision),
    validFrom: reader.date(M.validFrom),
    validUntil: reader.date(M.validUntil),
  };
}

/** `nee` is none, `ja` is every power of the row; otherwise the powers listed. */
function subMandateAllowed(reader: RowReader, powers: readonly string[] | undefined): readonly string[] | undefined {
  const text = (reader.text(M.subMandateAllowed) ?? '').toLowerCase();
  if (text === 'nee') return [];
  if (text === 'ja') return powers;
  return reader.ids(M.subMandateAllowed);
}

function grantWrite(reader: RowReader, data: GrantMandateInput, publication: string | undefined): RowWrite {
  return rowWrite({
    at: reader.at,
    part: 'grant',
    phase: 'mandates',
    ordering: { kind: 'mandate', mandateId: data.mandateId ?? '', parentMandateId: null },
    command: GrantMandateCommand,
    data,
    columns: MANDATE_COLUMNS,
    request: (grant) => ({ type: 'GrantMandate', data: { ...grant, mandateId: grant.mandateId ?? '' } }),
    isPresent: async (grant, lookup) => {
      const record = await lookup.mandate(grant.mandateId ?? '');
      return record?.grantor === grant.grantor && sameGrant(record, grant, null);
    },
    precheck: (grant, lookup) => requirePublicationOf(lookup, grant.decision, publication),
  });
}

function subMandateWrite(reader: RowReader, data: GrantSubMandateInput, publication: string | undefined, mandataris: string | undefined): RowWrite {
  return rowWrite({
    at: reader.at,
    part: 'grant',
    phase: 'mandates',
    ordering: { kind: 'mandate', mandateId: data.mandateId ?? '', parentMandateId: data.parentMandateId },
    command: GrantSubMandateCommand,
    data,
    columns: SUB_MANDATE_COLUMNS,
    request: (grant) => ({ type: 'GrantSubMandate', data: { ...grant, mandateId: grant.mandateId ?? '' } }),
    isPresent: async (grant, lookup) => sameGrant(await lookup.mandate(grant.mandateId ?? ''), grant, grant.parentMandateId),
    precheck: async (grant, lookup) => {
      await requireMandataris(lookup, grant.parentMandateId, mandataris);
      await requirePublicationOf(lookup, grant.decision, publication);
    },
  });
}

function sameGrant(record: MandateRecord | null, terms: Terms, parentMandateId: string | null): boolean {
  if (record === null || record.parentMandateId !== parentMandateId) return false;
  const same = record.kind === terms.kind && record.scope === terms.scope && record.grantee === terms.grantee && record.decision === terms.decision;
  const period = record.validFrom === terms.validFrom && record.validUntil === (terms.validUntil ?? null) && record.ceiling === (terms.ceiling ?? null);
  const instructions = record.instructions.join('\n') === (terms.instructions ?? []).join('\n');
  const lists = sameSet(record.powers, terms.powers) && sameSet(record.subMandateAllowed, terms.subMandateAllowed) && instructions;
  const municipalities = terms.municipalities === null || terms.municipalities === undefined || sameSet(record.municipalities, terms.municipalities);
  const basis = JSON.stringify(record.consentBasis) === JSON.stringify(terms.consentBasis ? consentBasisOf(terms.consentBasis) : null);
  return same && period && lists && municipalities && basis;
}

function consentBasisOf(basis: NonNullable<Terms['consentBasis']>): unknown {
  return basis.type === 'statutory' ? { type: 'statutory', citation: basis.citation } : { type: 'consent', document: basis.document };
}

/** The `mandataris` of a sub-mandate is who passes it on: the parent's grantee (Awb 10:9), as the domain holds an explicit grantor to. */
async function requireMandataris(lookup: RegisterLookup, parentMandateId: string, mandataris: string | undefined): Promise<void> {
  const parent = mandataris === undefined ? null : await lookup.mandate(parentMandateId);
  if (parent === null || parent.grantee === mandataris) return;
  throw new DomainError(
    'GRANTOR_NOT_COMPETENT',
    `Awb 10:9 lid 1: only the grantee of the mandate ${parentMandateId}, ${parent.grantee}, may sub-mandate under it; ${cellText(mandataris ?? null)} is not that grantee.`,
    { grantor: mandataris, parentMandateId, parentGrantee: parent.grantee },
  );
}

/** A gemeenteblad number beside a mandate must be a publication of its decision, on the sheet or in the register. */
async function requirePublicationOf(lookup: RegisterLookup, decision: string, publication: string | undefined): Promise<void> {
  if (publication === undefined) return;
  const document = await lookup.document(decision);
  if (document !== null && !document.publications.some((p) => p.publicationId === publication)) throw unknownReference('publication', publication);
}

const R = REVOCATIONS_SHEET.column;
const REVOCATION_COLUMNS = headersOf({ id: R.mandate, mandateId: R.mandate, decision: R.decision, validUntil: R.validUntil });

export async function revocationWrites(reader: RowReader): Promise<RowWrite[]> {
  const path = await validRow(reader, MandateParamsDto, { id: reader.text(R.mandate) }, REVOCATION_COLUMNS);
  const body = await validRow(reader, RevokeMandateRequestDto, { decision: reader.text(R.decision), validUntil: reader.date(R.validUntil) }, REVOCATION_COLUMNS);
  if (path === undefined || body === undefined) return [];
  return [
    rowWrite({
      at: reader.at,
      part: 'revoke',
      phase: 'revocations',
      command: RevokeMandateCommand,
      data: { mandateId: path.id, decision: body.decision, validUntil: body.validUntil },
      columns: REVOCATION_COLUMNS,
      request: (data) => ({ type: 'RevokeMandate', data }),
      isPresent: async (data, lookup) => {
        const revocation = (await lookup.mandate(data.mandateId))?.revocation;
        return revocation?.decision === data.decision && revocation.validUntil === data.validUntil;
      },
    }),
  ];
}
