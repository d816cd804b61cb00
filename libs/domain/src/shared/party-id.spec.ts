import { describeParty, signatureLine } from './organ-names';
import { municipalityOfParty, parseParty, requireParty } from './party-id';

describe('party identifiers', () => {
  it('parses organs as kind and municipality', () => {
    expect(parseParty('college:GM0938')).toEqual({ type: 'organ', id: 'college:GM0938', organKind: 'college', municipality: 'GM0938' });
    expect(parseParty('burgemeester:GM0981')?.type).toBe('organ');
    expect(parseParty('raad:GM0994')).toMatchObject({ organKind: 'raad', municipality: 'GM0994' });
  });

  it('takes the municipality of a function from the part before its first dot', () => {
    expect(parseParty('GM0935.manager-sociale-zekerheid')).toEqual({ type: 'function', id: 'GM0935.manager-sociale-zekerheid', municipality: 'GM0935' });
    expect(municipalityOfParty('GM0935.team.inkomen')).toBe('GM0935');
  });

  it.each(['wethouder:GM0938', 'college:0938', 'college:GM0938:x', 'GM093.manager', 'GM0935.', 'Meerssen', ''])('refuses %p', (id) => {
    expect(parseParty(id)).toBeNull();
    expect(() => requireParty(id, 'grantee')).toThrow(/grantee/);
  });
});

describe('Dutch organ names', () => {
  it('writes the signature line of Awb 10:10 for each kind of organ', () => {
    expect(signatureLine('college:GM0938')).toBe('namens het college van burgemeester en wethouders van Meerssen');
    expect(signatureLine('burgemeester:GM0994')).toBe('namens de burgemeester van Valkenburg aan de Geul');
    expect(signatureLine('raad:GM1729')).toBe('namens de gemeenteraad van Gulpen-Wittem');
  });

  it('writes a volmacht on behalf of the municipality as a legal person (Gemeentewet art. 160 lid 1 sub e, 171)', () => {
    expect(signatureLine('college:GM0981', {}, 'volmacht')).toBe('namens de gemeente Vaals');
    expect(signatureLine('college:GM0981', {}, 'machtiging')).toBe('namens het college van burgemeester en wethouders van Vaals');
    expect(signatureLine('college:GM0981', {}, 'mandaat')).toBe('namens het college van burgemeester en wethouders van Vaals');
  });

  it('prefers the name a participant registered with over the built-in table', () => {
    expect(signatureLine('college:GM0888', { GM0888: 'Beek' })).toBe('namens het college van burgemeester en wethouders van Beek');
    expect(signatureLine('college:GM0938', { GM0938: 'Gemeente Meerssen' })).toContain('van Gemeente Meerssen');
  });

  it('names parties in error details, and refuses a signature line on behalf of a function', () => {
    expect(describeParty('college:GM0981')).toBe('the college van burgemeester en wethouders van Vaals');
    expect(describeParty('GM0935.manager-sociale-zekerheid')).toBe('the function GM0935.manager-sociale-zekerheid');
    expect(() => signatureLine('GM0935.manager-sociale-zekerheid')).toThrow();
  });
});
