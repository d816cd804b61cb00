import type { AuthenticatedSubject, Role } from './authenticated-subject';
import { mayRead, readScopeOf } from './read-scope';

function subject(roles: Role[], municipalities: string[] = []): AuthenticatedSubject {
  return { sub: 'erik', roles, municipalities };
}

describe('the read scope of a subject', () => {
  it.each<Role>(['registrar', 'publication-officer', 'reader'])('lets a %s read everything', (role) => {
    expect(mayRead(readScopeOf(subject([role])), ['GM0935'])).toBe(true);
  });

  it('lets an auditor of Meerssen read what concerns Meerssen, also when it concerns others too', () => {
    const scope = readScopeOf(subject(['auditor'], ['GM0938']));
    expect(mayRead(scope, ['GM0938'])).toBe(true);
    expect(mayRead(scope, ['GM0935', 'GM0938'])).toBe(true);
  });

  it('hides from an auditor of Meerssen what concerns only Maastricht', () => {
    expect(mayRead(readScopeOf(subject(['auditor'], ['GM0938'])), ['GM0935'])).toBe(false);
  });

  it('shows an auditor whose token names no municipality nothing at all', () => {
    expect(mayRead(readScopeOf(subject(['auditor'])), ['GM0935', 'GM0938', 'GM1954'])).toBe(false);
  });

  it('reads for an auditor who is also a reader as for a reader', () => {
    expect(mayRead(readScopeOf(subject(['auditor', 'reader'], ['GM0938'])), ['GM0935'])).toBe(true);
  });

  it('shows an auditor nothing that concerns no municipality at all', () => {
    expect(mayRead(readScopeOf(subject(['auditor'], ['GM0938'])), [])).toBe(false);
  });
});
