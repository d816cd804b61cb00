/**
 * The Dutch words for the codes an answer carries, in one table so that a new
 * reason or flag (issue 12 adds some) is one line here. Each names the article
 * it rests on, because legal affairs cite it in the case file.
 */
export interface CodeText {
  readonly text: string;
  readonly article: string;
}

export const REASON_TEXTS: Readonly<Record<string, CodeText>> = {
  NO_MANDATE: { text: 'Er is geen mandaat gevonden waarmee deze functionaris of dit orgaan deze bevoegdheid voor deze gemeente mag uitoefenen.', article: 'Awb 10:1 en 10:3' },
  NOT_A_PARTICIPANT: { text: 'De gemeente nam op deze datum niet (meer) deel aan de gemeenschappelijke regeling, dus de mandaten onder de regeling gelden niet.', article: 'GR SZMH art. 21' },
  REVOKED: { text: 'Het mandaat was op deze datum ingetrokken.', article: 'Awb 10:8' },
  LAPSED: { text: 'Het ondermandaat is vervallen, omdat het mandaat waarop het rust was geëindigd.', article: 'Awb 10:9; GR SZMH art. 5 lid 2' },
  EXPIRED: { text: 'De looptijd van het mandaat was op deze datum verstreken.', article: 'Awb 10:1' },
  NOT_YET_VALID: { text: 'Het mandaat gold op deze datum nog niet: het is pas later geldig.', article: 'Awb 10:1' },
  NOT_YET_IN_FORCE: { text: 'Het mandaatbesluit was op deze datum nog niet in werking: het treedt pas in werking na bekendmaking.', article: 'Awb 3:40' },
  NOT_PUBLISHED: { text: 'Het mandaatbesluit is niet bekendgemaakt in het gemeenteblad van de gemeente die moet publiceren, en is dus niet in werking.', article: 'Awb 3:40 en 3:42 lid 1' },
  EXCEEDS_CEILING: { text: 'Het bedrag ligt boven het maximumbedrag van een van de mandaten in de keten.', article: 'Awb 10:6 (instructie bij mandaat)' },
  POWER_NOT_MANDATABLE: { text: 'Deze bevoegdheid kan niet worden gemandateerd; alleen het orgaan zelf mag haar uitoefenen.', article: 'Awb 10:3' },
};

export const FLAG_TEXTS: Readonly<Record<string, CodeText>> = {
  RETROACTIVE: { text: 'Terugwerkende kracht: het mandaat geldt op deze datum alleen doordat een later besluit dat bepaalde.', article: 'Awb 10:1 met 3:40' },
  NOT_YET_IN_FORCE: { text: 'Geldig, maar op deze datum nog niet in werking: het besluit was nog niet bekendgemaakt.', article: 'Awb 3:40' },
  NOT_PUBLISHED: { text: 'Geldig, maar het besluit is nog niet bekendgemaakt in het juiste gemeenteblad.', article: 'Awb 3:40 en 3:42 lid 1' },
  REVOCATION_NOT_PUBLISHED: { text: 'Er is een intrekking vastgelegd die nog niet is bekendgemaakt; tot de bekendmaking blijft het mandaat in werking.', article: 'Awb 10:8 met 3:40' },
};

/** The text for a code, or the code itself with a plain sentence when the table does not know it yet. */
export function codeText(table: Readonly<Record<string, CodeText>>, code: string): CodeText {
  return table[code] ?? { text: `Code ${code} (nog zonder Nederlandse toelichting).`, article: '' };
}
