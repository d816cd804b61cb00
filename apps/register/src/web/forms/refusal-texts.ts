import type { CodeText } from '../shared/answer-texts';

/** A rule's refusal as a form shows it: the rule in Dutch with its article, and the field it concerns unless the form says otherwise. */
export interface RefusalText extends CodeText {
  readonly field: string;
}

/**
 * The register's refusals (domain.md "Rules with their error codes") in
 * Dutch, each with the article legal affairs cite and the field of the forms
 * it points at. A form may point a code elsewhere (FormWrites' `fields`).
 */
export const REFUSAL_TEXTS: Readonly<Record<string, RefusalText>> = {
  POWER_NOT_MANDATABLE: { text: 'Deze bevoegdheid mag niet worden gemandateerd.', article: 'Awb 10:3', field: 'powers' },
  POWER_KIND_MISMATCH: { text: 'De soort past niet bij de bevoegdheid: mandaat voor publiekrechtelijke besluiten, volmacht voor privaatrechtelijke handelingen.', article: 'Awb 10:12; GR SZMH art. 5 lid 4', field: 'kind' },
  CONSENT_BASIS_REQUIRED: { text: 'De gemandateerde werkt niet onder verantwoordelijkheid van de mandaatgever: noem de wettelijke grondslag of het instemmingsbesluit.', article: 'Awb 10:4', field: 'consentType' },
  DECISION_DOCUMENT_REQUIRED: { text: 'Noem het besluit waarbij dit is besloten; leg het besluit eerst vast als het nog niet in het register staat.', article: 'Awb 10:5 en 10:8', field: 'decision' },
  SUBMANDATE_NOT_PERMITTED: { text: 'Ondermandaat is hier niet toegestaan: de mandaatgever stond het niet toe, of de gemandateerde werkt niet onder gezag van wie ondermandateert.', article: 'Awb 10:9; GR SZMH art. 5 lid 2', field: 'grantee' },
  SUBMANDATE_EXCEEDS_PARENT: { text: 'Het ondermandaat is ruimer dan het mandaat waarop het rust (bevoegdheden, gemeenten, maximumbedrag of looptijd).', article: 'Awb 10:9', field: 'powers' },
  GRANTOR_NOT_COMPETENT: { text: 'De mandaatgever heeft deze bevoegdheid niet op de ingangsdatum.', article: 'Awb 10:1', field: 'grantor' },
  NOT_A_PARTICIPANT: { text: 'Een orgaan van een gemeente die op die datum niet (meer) deelneemt aan de regeling.', article: 'GR SZMH art. 21', field: 'grantor' },
  IN_FORCE_BEFORE_PUBLICATION: { text: 'Een besluit treedt niet in werking vóór de bekendmaking: kies een datum op of na de publicatiedatum.', article: 'Awb 3:40', field: 'inForceFrom' },
  INVALID_PERIOD: { text: 'De einddatum moet na de ingangsdatum liggen, en een intrekking binnen de looptijd van het mandaat.', article: 'Awb 10:8', field: 'validUntil' },
  CHRONOLOGY: { text: 'De data kloppen niet met elkaar: bekendmaken kan niet vóór het besluit, en wat al gebeurd moet zijn kan niet in de toekomst liggen.', article: 'Awb 3:40', field: 'publishedOn' },
  INVALID_PUBLICATION_ID: { text: 'Het nummer past niet bij het medium: een gemeenteblad heeft de vorm gmb-JJJJ-N, met JJJJ het jaar van de bekendmaking.', article: 'Awb 3:42 lid 1', field: 'publicationId' },
  DUPLICATE_PUBLICATION: { text: 'Dit publicatienummer staat al in het register: één nummer hoort bij één bekendmaking.', article: 'Awb 3:42 lid 1', field: 'publicationId' },
  ALREADY_REVOKED: { text: 'Dit mandaat is al ingetrokken.', article: 'Awb 10:8', field: 'validUntil' },
  DELEGATION_CYCLE: { text: 'Zo zou de keten terugkeren bij zijn eigen mandaatgever.', article: 'Awb 10:9', field: 'grantee' },
  CORRECTION_CHANGES_LEGAL_CONTENT: { text: 'Een correctie mag bevoegdheden, partijen of soort niet veranderen: daarvoor is een nieuw besluit nodig.', article: 'Awb 10:5', field: 'field' },
  DECISION_NOT_OF_GRANTOR: { text: 'Het besluit is niet genomen door de mandaatgever (of een orgaan boven hem in de keten).', article: 'Awb 10:1, 10:5 en 10:8', field: 'decision' },
  DOCUMENT_TYPE_MISMATCH: { text: 'Dit document is geen besluit van de juiste soort: een mandaat rust op een mandaat- of ondermandaatbesluit, een intrekking op een intrekkingsbesluit.', article: 'Awb 10:5 en 10:8', field: 'decision' },
  RETROACTIVE_REVOCATION: { text: 'Een intrekking werkt niet terug: de einddatum mag niet vóór de datum van het intrekkingsbesluit liggen.', article: 'Awb 10:8 met 10:2', field: 'validUntil' },
  UNKNOWN_REFERENCE: { text: 'Het register kent dit orgaan, deze functie, bevoegdheid, dit document of mandaat niet.', article: '', field: 'decision' },
  ALREADY_EXISTS: { text: 'Dit kenmerk is al in gebruik; kies een ander of laat het veld leeg.', article: '', field: 'id' },
  IDEMPOTENCY_KEY_REUSED: { text: 'Dit formulier is al eens verstuurd met andere gegevens. Open het formulier opnieuw en vul het nog eens in.', article: '', field: '' },
  WRONG_EXPECTED_VERSION: { text: 'Iemand anders wijzigde dit tegelijk. Open de pagina opnieuw en probeer het nog eens.', article: '', field: '' },
};

/** The message beside a field: the rule in Dutch with its article in brackets. */
export function refusalMessage(text: CodeText): string {
  return text.article === '' ? text.text : `${text.text} (${text.article})`;
}
