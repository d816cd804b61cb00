/** Dutch words for the register's own values (statuses, kinds, events, media), beside answer-texts.ts's reasons and flags. */
export const MANDATE_STATUS_TEXTS: Readonly<Record<string, string>> = {
  valid: 'geldig',
  'not-yet-valid': 'nog niet geldig',
  revoked: 'ingetrokken',
  lapsed: 'vervallen',
  expired: 'verlopen',
};

export const MANDATE_KIND_TEXTS: Readonly<Record<string, string>> = {
  mandaat: 'mandaat',
  volmacht: 'volmacht',
  machtiging: 'machtiging',
};

export const EVENT_TEXTS: Readonly<Record<string, string>> = {
  MandateGranted: 'Verleend',
  MandateRevoked: 'Ingetrokken',
  MandateCorrected: 'Gecorrigeerd',
};

export const DOCUMENT_TYPE_TEXTS: Readonly<Record<string, string>> = {
  arrangement: 'gemeenschappelijke regeling',
  charter: 'dienstverleningshandvest',
  agreement: 'dienstverleningsovereenkomst',
  'model-agreement': 'modelovereenkomst',
  'mandate-decision': 'mandaatbesluit',
  'sub-mandate-decision': 'ondermandaatbesluit',
  'revocation-decision': 'intrekkingsbesluit',
  'exit-decision': 'uittredingsbesluit',
  other: 'overig',
};

export const MEDIUM_TEXTS: Readonly<Record<string, string>> = {
  gemeenteblad: 'gemeenteblad',
  staatscourant: 'Staatscourant',
  other: 'ander medium',
};

/** The word for a value, or the value itself where the table does not know it yet. */
export function textOf(table: Readonly<Record<string, string>>, value: string): string {
  return table[value] ?? value;
}
