import { dutchChoice } from '../../web/shared/dutch-format';
import { DOCUMENT_TYPE_TEXTS, MANDATE_KIND_TEXTS, MEDIUM_TEXTS } from '../../web/shared/register-texts';

/**
 * The Dutch words the template uses for the API's values, the pages' words
 * where they have them (ui.md: texts are Dutch, legal terms stay Dutch). An
 * import accepts the word, a shorter alias and the API's value alike, in any
 * case; the export writes the word.
 */
export interface LabelSet {
  readonly words: Readonly<Record<string, string>>;
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
}

export const DOCUMENT_TYPE_LABELS: LabelSet = {
  words: DOCUMENT_TYPE_TEXTS,
  aliases: { arrangement: ['regeling', 'centrumregeling'], charter: ['handvest'], agreement: ['overeenkomst', 'dvo'] },
};

export const MEDIUM_LABELS: LabelSet = { words: MEDIUM_TEXTS, aliases: { other: ['overig', 'ander'] } };

export const MANDATE_KIND_LABELS: LabelSet = { words: MANDATE_KIND_TEXTS };

export const SCOPE_LABELS: LabelSet = { words: { general: 'algemeen', case: 'geval' } };

export const HOLDER_LABELS: LabelSet = { words: { college: 'college', burgemeester: 'burgemeester', raad: 'raad' } };

export const ACT_KIND_LABELS: LabelSet = { words: { 'public-law-decision': 'besluit', 'private-law': 'privaatrechtelijk', other: 'overig' } };

/** The API's value for a word of the set, or undefined when it is none of them. */
export function valueOfLabel(labels: LabelSet, text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  const names = (value: string): string[] => [value, labels.words[value], ...(labels.aliases?.[value] ?? [])].map((name) => name.toLowerCase());
  return Object.keys(labels.words).find((value) => names(value).includes(wanted));
}

export function labelOf(labels: LabelSet, value: string): string {
  return labels.words[value] ?? value;
}

/** "a, b of c", for a message that lists what a cell may hold. */
export function describeLabels(labels: LabelSet): string {
  return dutchChoice(Object.values(labels.words));
}
