import { type ExportSheet, exportSheet } from '../export/export-sheet';
import { DOCUMENTS_SHEET, PUBLICATIONS_SHEET } from '../template/document-sheets';
import { MANDATES_SHEET } from '../template/mandate-sheets';
import { FUNCTIONS_SHEET, PARTICIPANTS_SHEET, POWERS_SHEET } from '../template/reference-sheets';

const MAASTRICHT = 'GM0935';
const PARTNERS = [
  { code: 'GM1729', name: 'Gulpen-Wittem' },
  { code: 'GM0938', name: 'Meerssen' },
  { code: 'GM0981', name: 'Vaals' },
  { code: 'GM0994', name: 'Valkenburg aan de Geul' },
];
const POWERS = ['PW-BIJSTAND', 'PW-BIJZONDERE-BIJSTAND', 'PW-TERUGVORDERING'];
const SUB_MANDATE_DECISION = 'doc-ondermandaat-gm0935-2026';

/**
 * A register as a large partner arrangement would bring it in, made up:
 * the five municipalities, three powers, each partner's mandate to the
 * Maastricht college with its published decision, and then sub-mandates from
 * that college to Maastricht's staff functions, one per partner and function,
 * until there are `mandates` mandates in all. For the kill-and-resume test
 * (some hundreds) and `npm run bench` (10,000): a workbook the registrars'
 * size, not the demo's.
 */
export function generatedRegister(mandates: number): ExportSheet[] {
  const staff = Math.max(1, Math.ceil((mandates - PARTNERS.length) / PARTNERS.length));
  const functions = Array.from({ length: staff }, (_, n) => ({ id: `${MAASTRICHT}.medewerker-${n + 1}`, name: `Medewerker Inkomen ${n + 1}`, municipality: MAASTRICHT }));
  const subMandates = functions.flatMap((fn) => PARTNERS.map((partner) => ({ fn, partner }))).slice(0, Math.max(0, mandates - PARTNERS.length));
  return [
    exportSheet(PARTICIPANTS_SHEET, [{ municipality: MAASTRICHT, name: 'Maastricht' }, ...PARTNERS.map(({ code, name }) => ({ municipality: code, name }))].map((p) => ({ ...p, joinedOn: '2016-01-01' }))),
    exportSheet(FUNCTIONS_SHEET, functions),
    exportSheet(POWERS_SHEET, POWERS.map((id) => ({ id, label: `Bevoegdheid ${id}`, legalBasis: 'Participatiewet', holder: 'college', mandatable: true, actKind: 'besluit' }))),
    exportSheet(DOCUMENTS_SHEET, [...PARTNERS.map(({ code, name }) => decision(`doc-mandaat-${code.toLowerCase()}-2026`, `Mandaatbesluit ${name}`, `college:${code}`, [code])), decision(SUB_MANDATE_DECISION, 'Ondermandaatbesluit Maastricht', `college:${MAASTRICHT}`, [MAASTRICHT, ...PARTNERS.map((p) => p.code)], 'ondermandaatbesluit')]),
    exportSheet(PUBLICATIONS_SHEET, PARTNERS.map(({ code }, n) => ({ document: `doc-mandaat-${code.toLowerCase()}-2026`, medium: 'gemeenteblad', publicationId: `gmb-2026-${1000 + n}`, publishedOn: '2026-01-29', inForceFrom: '2026-01-30', publisher: `college:${code}` }))),
    exportSheet(MANDATES_SHEET, [
      ...PARTNERS.map(({ code }) => ({ ...grant(`mandaat-${code.toLowerCase()}`, `doc-mandaat-${code.toLowerCase()}-2026`, [code]), origin: `college:${code}`, mandataris: `college:${MAASTRICHT}`, statutoryBasis: 'Wgr art. 8 lid 4; GR SZMH art. 5 lid 1', subMandateAllowed: POWERS })),
      ...subMandates.map(({ fn, partner }) => ({ ...grant(`onder-${partner.code.toLowerCase()}-${fn.id}`, SUB_MANDATE_DECISION, [partner.code]), parent: `mandaat-${partner.code.toLowerCase()}`, mandataris: `college:${MAASTRICHT}`, ondermandataris: fn.id, ceiling: 5000 })),
    ]),
  ];
}

function decision(id: string, title: string, decidedBy: string, concerns: string[], type = 'mandaatbesluit') {
  return { id, type, title, decidedOn: '2026-01-27', decidedBy: [decidedBy], concerns };
}

function grant(id: string, decisionId: string, municipalities: string[]) {
  return { id, kind: 'mandaat', scope: 'algemeen', powers: POWERS, municipalities, decision: decisionId, validFrom: '2026-01-01' };
}
