import { codeText, FLAG_TEXTS, REASON_TEXTS } from './answer-texts';

// api.md "Questions": every reason and flag an answer may carry.
const API_REASONS = ['NO_MANDATE', 'NOT_A_PARTICIPANT', 'REVOKED', 'LAPSED', 'EXPIRED', 'NOT_YET_VALID', 'NOT_YET_IN_FORCE', 'NOT_PUBLISHED', 'EXCEEDS_CEILING', 'POWER_NOT_MANDATABLE'];
const API_FLAGS = ['RETROACTIVE', 'NOT_YET_IN_FORCE', 'NOT_PUBLISHED', 'REVOCATION_NOT_PUBLISHED'];

describe('the Dutch texts of reasons and flags', () => {
  it('has a sentence and an article for every reason and flag of api.md', () => {
    for (const code of API_REASONS) expect([code, REASON_TEXTS[code]?.text.length ?? 0, REASON_TEXTS[code]?.article ?? '']).toEqual([code, expect.any(Number), expect.stringMatching(/Awb|GR SZMH/)]);
    for (const code of API_FLAGS) expect([code, FLAG_TEXTS[code]?.article ?? '']).toEqual([code, expect.stringMatching(/Awb/)]);
  });

  it('shows a code it does not know yet as the code itself rather than nothing', () => {
    expect(codeText(REASON_TEXTS, 'SOMETHING_NEW')).toEqual({ text: 'Code SOMETHING_NEW (nog zonder Nederlandse toelichting).', article: '' });
  });
});
