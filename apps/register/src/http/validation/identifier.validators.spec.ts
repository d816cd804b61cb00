import { isMunicipalityCode, isOrganId, isPartyId, isRegisterId } from './identifier.validators';

describe('isRegisterId (api.md: ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$)', () => {
  it.each(['a', '7', 'mandate-gm0938-2026', 'doc.2026_01:v2', 'PW-BIJSTAND', 'x'.repeat(128)])('accepts %j', (id) => {
    expect(isRegisterId(id)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['129 characters', 'x'.repeat(129)],
    ['a leading dash', '-mandate'],
    ['a leading dot', '.hidden'],
    ['a slash, which would open another path', 'mandate/1'],
    ['a space', 'mandate 1'],
    ['a trailing line break', 'mandate-1\n'],
    ['a percent sign', 'mandate%2F1'],
    ['a letter outside ASCII', 'besluit-ä'],
    ['a full-width digit', '１'],
  ])('refuses %s', (_why, id) => {
    expect(isRegisterId(id)).toBe(false);
  });

  it('refuses a number, though it would print the same', () => {
    expect(isRegisterId(2026)).toBe(false);
  });
});

describe('isOrganId', () => {
  it.each(['college:GM0938', 'burgemeester:GM0935', 'raad:GM1729'])('accepts %s', (id) => {
    expect(isOrganId(id)).toBe(true);
  });

  it.each([
    ['a function', 'GM0935.manager-sociale-zekerheid'],
    ['an organ kind the register does not know', 'wethouder:GM0938'],
    ['a capitalised kind', 'College:GM0938'],
    ['a municipality with three digits', 'college:GM093'],
    ['a lower-case code', 'college:gm0938'],
    ['no municipality', 'college:'],
    ['something after the code', 'college:GM0938:x'],
  ])('refuses %s', (_why, id) => {
    expect(isOrganId(id)).toBe(false);
  });
});

describe('isPartyId', () => {
  it.each(['college:GM0938', 'GM0935.manager-sociale-zekerheid', 'GM0935.teamleider.inkomen'])('accepts the organ or function %s', (id) => {
    expect(isPartyId(id)).toBe(true);
  });

  it.each([
    ['a bare municipality code', 'GM0935'],
    ['a function without a name', 'GM0935.'],
    ['a function named with a space', 'GM0935.manager sociale zekerheid'],
    ['a function of no municipality', 'manager-sociale-zekerheid'],
  ])('refuses %s', (_why, id) => {
    expect(isPartyId(id)).toBe(false);
  });
});

describe('isMunicipalityCode', () => {
  it.each(['GM0938', 'GM0000', 'GM1903'])('accepts %s', (code) => {
    expect(isMunicipalityCode(code)).toBe(true);
  });

  it.each(['gm0938', 'GM093', 'GM09380', ' GM0938', 'GM0938 ', '0938', 'GM٠٩٣٨'])('refuses %j', (code) => {
    expect(isMunicipalityCode(code)).toBe(false);
  });
});
