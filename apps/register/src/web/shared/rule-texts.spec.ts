import { DOMAIN_ERROR_CODES } from '@register/domain';
import { ruleSentence, ruleText } from './rule-texts';

/** Codes that say what is wrong with the request, not which rule of law refused it. */
const NOT_A_RULE_OF_LAW = new Set(['ALREADY_EXISTS', 'VALIDATION_FAILED']);

describe('the Dutch sentences for refusals', () => {
  it('has a Dutch sentence naming an article for every rule of domain.md', () => {
    const missing = DOMAIN_ERROR_CODES.filter((code) => !NOT_A_RULE_OF_LAW.has(code)).filter((code) => {
      const { text, article } = ruleText(code, { kind: 'document', act: 'grant' }, 'English detail');
      return text.includes('nog zonder Nederlandse toelichting') || !/^(Awb|GR SZMH|Wgr)/.test(article);
    });
    expect(missing).toEqual([]);
  });

  it('builds the sentence from the facts of the refusal, with the article last', () => {
    expect(ruleSentence('SUBMANDATE_EXCEEDS_PARENT', { parentMandateId: 'mandate-gm0938-2026', dimensions: ['powers', 'ceiling'] }, '')).toBe(
      'Het ondermandaat is ruimer dan het mandaat mandate-gm0938-2026 waarop het rust, in: bevoegdheden, plafond (Awb 10:9).',
    );
    expect(ruleSentence('DOCUMENT_TYPE_MISMATCH', { document: 'doc-dvh', type: 'charter', expectedTypes: ['mandate-decision', 'sub-mandate-decision'] }, '')).toBe(
      'Het document doc-dvh is een dienstverleningshandvest; hiervoor is een mandaatbesluit of ondermandaatbesluit nodig (Awb 10:5 en 10:8).',
    );
  });

  it('keeps the register\'s own detail for a code it has no sentence for yet', () => {
    expect(ruleSentence('SOMETHING_NEW', {}, 'Rule 42 says no.')).toBe('Rule 42 says no. (nog zonder Nederlandse toelichting)');
  });
});
