/**
 * The Dutch words the template uses for the API's values (ui.md: texts are
 * Dutch, legal terms stay Dutch). An import accepts the Dutch word and the
 * API's value alike, in any case; the export writes the Dutch word.
 */
export type LabelSet = Readonly<Record<string, string>>;

export const DOCUMENT_TYPE_LABELS: LabelSet = {
  'mandate-decision': 'mandaatbesluit',
  'sub-mandate-decision': 'ondermandaatbesluit',
  'revocation-decision': 'intrekkingsbesluit',
  'exit-decision': 'uittredingsbesluit',
  arrangement: 'regeling',
  charter: 'handvest',
  agreement: 'overeenkomst',
  'model-agreement': 'modelovereenkomst',
  other: 'overig',
};

export const MEDIUM_LABELS: LabelSet = { gemeenteblad: 'gemeenteblad', staatscourant: 'staatscourant', other: 'overig' };

export const MANDATE_KIND_LABELS: LabelSet = { mandaat: 'mandaat', volmacht: 'volmacht', machtiging: 'machtiging' };

export const SCOPE_LABELS: LabelSet = { general: 'algemeen', case: 'geval' };

export const HOLDER_LABELS: LabelSet = { college: 'college', burgemeester: 'burgemeester', raad: 'raad' };

export const ACT_KIND_LABELS: LabelSet = { 'public-law-decision': 'besluit', 'private-law': 'privaatrechtelijk', other: 'overig' };

/** The API's value for a word of the set, or undefined when it is none of them. */
export function valueOfLabel(labels: LabelSet, text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  return Object.entries(labels).find(([value, label]) => label === wanted || value === wanted)?.[0];
}

export function labelOf(labels: LabelSet, value: string): string {
  return labels[value] ?? value;
}

/** "a, b of c", for a message that lists what a cell may hold. */
export function describeLabels(labels: LabelSet): string {
  const words = Object.values(labels);
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} of ${words[words.length - 1]}`;
}
