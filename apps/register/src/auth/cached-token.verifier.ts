import { decodeJwt } from 'jose';
import type { AuthenticatedSubject } from './authenticated-subject';
import type { TokenVerifier } from './token-verifier';

/** Enough for every client of a deployment; each entry is one token string and its subject. */
const MAX_CACHED_TOKENS = 1_000;

/**
 * How long a verified token is trusted without checking it again, at most. An
 * OIDC issuer may withdraw a key: jose refetches its key set at the latest
 * after ten minutes, so a token verified with a withdrawn key is refused well
 * within that once its entry has aged out.
 */
export const MAX_CACHE_AGE_MS = 5 * 60 * 1000;

interface CachedSubject {
  readonly subject: AuthenticatedSubject;
  /** Epoch milliseconds: the token's `exp`, or MAX_CACHE_AGE_MS after it was verified if that comes first. */
  readonly until: number;
}

/**
 * Remembers the subjects of tokens the wrapped verifier accepted, keyed by the
 * token string. A client sends the same token with every request until it
 * expires, and checking its signature (with jose importing the key each time)
 * cost more than answering the request. An entry is never used at or after
 * the token's `exp`: from then on the token goes back to the wrapped verifier,
 * which applies its clock tolerance and refuses it. A token that fails is not
 * remembered, so a refusal is decided afresh every time.
 */
export class CachedTokenVerifier implements TokenVerifier {
  private readonly subjects = new Map<string, CachedSubject>();

  constructor(
    private readonly verifier: TokenVerifier,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = MAX_CACHED_TOKENS,
  ) {}

  async verify(token: string): Promise<AuthenticatedSubject> {
    const cached = this.subjects.get(token);
    if (cached !== undefined) {
      if (this.now() < cached.until) return cached.subject;
      this.subjects.delete(token);
    }
    const subject = freeze(await this.verifier.verify(token));
    this.remember(token, subject);
    return subject;
  }

  private remember(token: string, subject: AuthenticatedSubject): void {
    const verifiedAt = this.now();
    // The wrapped verifier has checked the signature and required `exp`: these claims are the verified ones.
    const { exp } = decodeJwt(token);
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return;
    const until = Math.min(exp * 1000, verifiedAt + MAX_CACHE_AGE_MS);
    if (until <= verifiedAt) return;
    if (this.subjects.size >= this.maxEntries) this.evictOne(verifiedAt);
    this.subjects.set(token, { subject, until });
  }

  /** Drops the expired entries, or else the oldest one (a Map iterates in insertion order). */
  private evictOne(now: number): void {
    for (const [token, entry] of this.subjects) if (entry.until <= now) this.subjects.delete(token);
    if (this.subjects.size < this.maxEntries) return;
    const oldest = this.subjects.keys().next();
    if (oldest.done !== true) this.subjects.delete(oldest.value);
  }
}

/** One subject object answers many requests: none of them may change it for the others. */
function freeze(subject: AuthenticatedSubject): AuthenticatedSubject {
  return Object.freeze({ sub: subject.sub, roles: Object.freeze([...subject.roles]), municipalities: Object.freeze([...subject.municipalities]) });
}
