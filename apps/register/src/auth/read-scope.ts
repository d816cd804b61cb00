import type { AuthenticatedSubject } from './authenticated-subject';

/** What a subject may read: everything, or only what concerns some municipalities. */
export type ReadScope =
  | { readonly kind: 'everything' }
  | { readonly kind: 'municipalities'; readonly municipalities: ReadonlySet<string> };

/**
 * Every role but `auditor` reads the whole register; an auditor reads what
 * concerns the municipalities of their token, and nothing when it names none.
 * A subject holding another role besides `auditor` reads as that role.
 */
export function readScopeOf(subject: AuthenticatedSubject): ReadScope {
  if (subject.roles.some((role) => role !== 'auditor')) return { kind: 'everything' };
  return { kind: 'municipalities', municipalities: new Set(subject.municipalities) };
}

/**
 * Whether something that concerns `concerned` (municipality codes) is visible
 * in `scope`. Anything else answers 404, as if it did not exist (api.md).
 */
export function mayRead(scope: ReadScope, concerned: readonly string[]): boolean {
  switch (scope.kind) {
    case 'everything':
      return true;
    case 'municipalities':
      return concerned.some((municipality) => scope.municipalities.has(municipality));
    default: {
      const unknown: never = scope;
      throw new Error(`Unhandled read scope ${JSON.stringify(unknown)}`);
    }
  }
}
