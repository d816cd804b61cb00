import type { CodeText } from './answer-texts';
import { dutchChoice } from './dutch-format';
import { DOCUMENT_TYPE_TEXTS, textOf } from './register-texts';

/**
 * The Dutch sentence for each code a refused write answers with (domain.md
 * "Rules with their error codes"), built from the facts the refusal carries
 * (`meta`), with the article it rests on. The domain's own details are English
 * for the API's clients; the registrar reading an import report, a page or the
 * command line reads these. One table, so a new rule is one entry here.
 */
type Meta = Readonly<Record<string, unknown>>;
type RuleText = (meta: Meta) => CodeText;

const s = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));

const REFERENCE_KINDS: Readonly<Record<string, { noun: string; article: string; why: string }>> = {
  power: { noun: 'de bevoegdheid', article: 'Awb 10:3', why: 'een bevoegdheid staat in de catalogus, die zegt of zij gemandateerd mag worden, voordat zij wordt verleend' },
  document: { noun: 'het document', article: 'Awb 10:5', why: 'een besluit staat in het register voordat iets ernaar verwijst' },
  mandate: { noun: 'het mandaat', article: 'Awb 10:8 en 10:9', why: 'een ondermandaat of intrekking verwijst naar een mandaat dat in het register staat' },
  participant: { noun: 'de deelnemende gemeente', article: 'GR SZMH art. 1 en 21', why: 'alleen gemeenten die deelnemen of deelnamen komen in het register' },
  organ: { noun: 'het orgaan', article: 'Awb 10:1', why: 'alleen organen van deelnemende gemeenten verlenen of ontvangen mandaat' },
  function: { noun: 'de functie', article: 'Awb 10:1', why: 'een functie staat in het register voordat zij mandaat ontvangt of verleent' },
  publication: { noun: 'de bekendmaking', article: 'Awb 3:42', why: 'het nummer moet een bekendmaking van het genoemde besluit zijn' },
  amendment: { noun: 'de wijziging', article: 'GR SZMH art. 8 lid 5, 13 lid 4 en 19', why: 'een goedkeuring of vaststelling hoort bij een voorgestelde wijziging' },
  approval: { noun: 'de goedkeuring', article: 'GR SZMH art. 19 lid 2', why: 'elk orgaan keurt een wijziging één keer goed' },
};

const documentType = (type: unknown): string => textOf(DOCUMENT_TYPE_TEXTS, s(type));
/** "mandaatbesluit, ondermandaatbesluit of intrekkingsbesluit". */
const oneOf = (types: unknown): string => dutchChoice((Array.isArray(types) ? types : [types]).map(documentType));

const DIMENSIONS: Readonly<Record<string, string>> = { powers: 'bevoegdheden', municipalities: 'gemeenten', ceiling: 'plafond', period: 'geldigheidsduur' };

const ACT_BASIS: Readonly<Record<string, CodeText>> = {
  grant: { text: 'een mandaat wordt schriftelijk verleend', article: 'Awb 10:5' },
  revocation: { text: 'een intrekking wordt schriftelijk besloten', article: 'Awb 10:8' },
  exit: { text: 'een uittreding berust op een besluit van het college', article: 'GR SZMH art. 21' },
};
const actBasis = (meta: Meta): CodeText => ACT_BASIS[s(meta.act)] ?? ACT_BASIS.grant;

const RULES: Readonly<Record<string, RuleText>> = {
  POWER_NOT_MANDATABLE: (m) => ({ text: `De bevoegdheid ${s(m.power)} mag volgens de catalogus niet worden gemandateerd.`, article: 'Awb 10:3' }),
  POWER_KIND_MISMATCH: (m) => ({ text: `${s(m.power)} wordt niet bij ${s(m.kind)} overgedragen maar bij ${s(m.expectedKind)}: de soort past bij de aard van de handeling.`, article: 'Awb 10:12; GR SZMH art. 5 lid 4' }),
  CONSENT_BASIS_REQUIRED: (m) => ({ text: `${s(m.grantee)} werkt niet onder verantwoordelijkheid van ${s(m.grantor)}; dan is instemming van de ontvanger of een wettelijke grondslag nodig, en die ontbreekt.`, article: 'Awb 10:4' }),
  DECISION_DOCUMENT_REQUIRED: (m) => ({ text: `Het besluit ${s(m.document)} staat niet in het register of op het tabblad documenten, en ${actBasis(m).text}.`, article: actBasis(m).article }),
  SUBMANDATE_NOT_PERMITTED: (m) =>
    m.rule === undefined
      ? { text: `Het mandaat ${s(m.parentMandateId)} staat geen ondermandaat toe van ${s(m.powers)}.`, article: 'Awb 10:9 lid 1' }
      : { text: `Onder ${s(m.parentMandateId)} mag ${s(m.grantor)} alleen ondermandaat verlenen aan medewerkers onder zijn gezag, niet aan ${s(m.grantee)}.`, article: 'GR SZMH art. 5 lid 2; Awb 10:9' },
  SUBMANDATE_EXCEEDS_PARENT: (m) => ({
    text: `Het ondermandaat is ruimer dan het mandaat ${s(m.parentMandateId)} waarop het rust, in: ${(Array.isArray(m.dimensions) ? m.dimensions : []).map((d) => DIMENSIONS[s(d)] ?? s(d)).join(', ')}.`,
    article: 'Awb 10:9',
  }),
  GRANTOR_NOT_COMPETENT: () => ({ text: 'De mandaatgever is niet bevoegd: hij heeft de bevoegdheid niet zelf op de ingangsdatum, of hij is niet de ontvanger van het bovenliggende mandaat.', article: 'Awb 10:1 en 10:9' }),
  NOT_A_PARTICIPANT: (m) => ({ text: `${s(m.municipality)} (${s(m.role)}) neemt op ${s(m.date)} niet deel aan de centrumregeling.`, article: 'GR SZMH art. 21' }),
  IN_FORCE_BEFORE_PUBLICATION: (m) => ({ text: `Een besluit treedt niet in werking vóór de bekendmaking; in werking vanaf ${s(m.inForceFrom)} ligt vóór de bekendmaking op ${s(m.publishedOn)}.`, article: 'Awb 3:40' }),
  INVALID_PERIOD: () => ({ text: 'De periode klopt niet: het einde ligt niet na het begin, of de intrekking valt buiten de looptijd van het mandaat.', article: 'Awb 10:8' }),
  CHRONOLOGY: () => ({ text: 'De data volgen elkaar niet op zoals het moet: een bekendmaking of intrekking vóór het besluit, of een datum die nog moet komen.', article: 'Awb 3:40 en 10:8' }),
  INVALID_PUBLICATION_ID: (m) => ({ text: `Het nummer ${s(m.publicationId)} past niet bij het ${s(m.medium)}: een gemeenteblad-nummer is gmb-JJJJ-N, met JJJJ het jaar van bekendmaking${m.publishedOn ? `, hier ${s(m.publishedOn).slice(0, 4)}` : ''}.`, article: 'Awb 3:42 lid 1' }),
  DUPLICATE_PUBLICATION: (m) => ({ text: `Het nummer ${s(m.publicationId)} is al gebruikt voor een andere bekendmaking; één nummer noemt één bekendmaking.`, article: 'Awb 3:42 lid 1' }),
  ALREADY_REVOKED: (m) => ({ text: `Het mandaat ${s(m.mandateId)} is al ingetrokken per ${s(m.revokedFrom)}.`, article: 'Awb 10:8' }),
  DELEGATION_CYCLE: (m) => ({ text: `Verlenen aan ${s(m.grantee)} zou de keten terugvoeren naar een partij die de bevoegdheid er al in heeft.`, article: 'Awb 10:9' }),
  CORRECTION_CHANGES_LEGAL_CONTENT: (m) => ({ text: `${s(m.field)} is de inhoud van het besluit; dat wijzigt alleen een nieuw besluit.`, article: 'Awb 10:5 en 10:8' }),
  AMENDMENT_REQUIRES_ALL_PARTIES: (m) => ({ text: `De wijziging is niet door alle partijen goedgekeurd; ontbreekt: ${s(m.missing)}.`, article: 'GR SZMH art. 8 lid 5' }),
  AGREEMENT_TERM_ENDED: (m) => ({ text: `De wijziging van ${s(m.document)} valt buiten de looptijd van de overeenkomst.`, article: 'GR SZMH art. 8 lid 5' }),
  CHARTER_REQUIRES_UNANIMITY: (m) => ({ text: `Het handvest wordt unaniem vastgesteld; ontbreekt: ${s(m.missing)}.`, article: 'GR SZMH art. 13 lid 4' }),
  ARRANGEMENT_REQUIRES_COUNCIL_CONSENT: (m) => ({ text: `De regeling wijzigt pas na toestemming van elke deelnemende raad; ontbreekt: ${s(m.missing)}.`, article: 'GR SZMH art. 19 lid 2; Wgr art. 1 lid 2' }),
  DECISION_NOT_OF_GRANTOR: (m) => ({ text: `Het besluit ${s(m.document)} is genomen door ${s(m.decidedBy)}, niet door de mandaatgever of een orgaan boven hem in de keten (${s(m.competent)}).`, article: 'Awb 10:1, 10:5 en 10:8' }),
  DOCUMENT_TYPE_MISMATCH: (m) => ({ text: `Het document ${s(m.document)} is een ${documentType(m.type)}; hiervoor is een ${oneOf(m.expectedTypes)} nodig.`, article: 'Awb 10:5 en 10:8' }),
  RETROACTIVE_REVOCATION: (m) => ({ text: `Een intrekking werkt vanaf het besluit: ${s(m.document)} van ${s(m.decidedOn)} kan het mandaat niet beëindigen per ${s(m.validUntil)}.`, article: 'Awb 10:8 met 10:2' }),
  DOCUMENT_NOT_AMENDABLE: (m) => ({ text: `Het document ${s(m.document)} (${s(m.type)}) wordt niet gewijzigd maar door een nieuw besluit vervangen.`, article: 'GR SZMH art. 8 lid 5, 13 lid 4 en 19' }),
  APPROVER_NOT_A_PARTY: (m) => ({ text: `${s(m.organ)} is geen partij bij ${s(m.document)} en keurt de wijziging dus niet goed.`, article: 'GR SZMH art. 8 lid 5, 13 lid 4 en 19' }),
  AMENDMENT_ALREADY_ADOPTED: (m) => ({ text: `De wijziging ${s(m.amendment)} is al vastgesteld op ${s(m.adoptedOn)}.`, article: 'GR SZMH art. 8 lid 5, 13 lid 4 en 19' }),
  UNKNOWN_REFERENCE: (m) => {
    const kind = REFERENCE_KINDS[s(m.kind)] ?? { noun: s(m.kind), article: '', why: 'het moet eerst in het register staan' };
    return { text: `Het register kent ${kind.noun} ${s(m.id)} niet, ook niet uit de rijen ervoor: ${kind.why}.`, article: kind.article };
  },
  ALREADY_EXISTS: (m) => ({ text: `Het register bevat ${REFERENCE_KINDS[s(m.kind)]?.noun ?? s(m.kind)} ${s(m.id)} al, met andere gegevens dan deze rij; wat na het inlezen verandert, gaat via een correctie of een nieuw besluit.`, article: '' }),
  IDEMPOTENCY_KEY_REUSED: () => ({ text: 'Deze rij is eerder ingelezen met andere gegevens; lees het bestand in zoals het toen was, of leg de wijziging vast als correctie.', article: '' }),
  WRONG_EXPECTED_VERSION: () => ({ text: 'Het register veranderde tegelijk door een andere schrijver; lees het bestand opnieuw in.', article: '' }),
};

/** The Dutch sentence for a refusal, its article appended; a code the table does not know yet keeps the register's own detail. */
export function ruleText(code: string, meta: Meta, detail: string): CodeText {
  return RULES[code]?.(meta) ?? { text: `${detail} (nog zonder Nederlandse toelichting)`, article: '' };
}

/** One sentence naming the article, as the import report and the pages show a refusal. */
export function ruleSentence(code: string, meta: Meta, detail: string): string {
  const { text, article } = ruleText(code, meta, detail);
  return article === '' ? text : `${text.replace(/\.$/, '')} (${article}).`;
}
