import { type JWTPayload, SignJWT } from 'jose';
import type { AuthenticatedSubject } from './authenticated-subject';
import { CachedTokenVerifier, MAX_CACHE_AGE_MS } from './cached-token.verifier';
import { SecretTokenVerifier } from './secret-token.verifier';
import { CLOCK_TOLERANCE_SECONDS, type TokenVerifier } from './token-verifier';
import { UnauthenticatedError } from './unauthenticated.error';

const SECRET = 'cache-spec-secret-of-32-characters!!';
const START = Date.parse('2026-01-28T10:00:00.000Z');
const START_S = START / 1000;

/** The real HS256 verifier on a clock the test moves, counting how often it is asked. */
class CountingVerifier implements TokenVerifier {
  calls = 0;
  private readonly inner: SecretTokenVerifier;

  constructor(clock: { now: number }) {
    this.inner = new SecretTokenVerifier(SECRET, () => new Date(clock.now));
  }

  verify(token: string): Promise<AuthenticatedSubject> {
    this.calls += 1;
    return this.inner.verify(token);
  }
}

function signed(payload: JWTPayload, secret = SECRET): Promise<string> {
  return new SignJWT({ sub: 'alice', roles: ['reader'], ...payload }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret));
}

function setUp(maxEntries?: number): { clock: { now: number }; inner: CountingVerifier; cached: CachedTokenVerifier } {
  const clock = { now: START };
  const inner = new CountingVerifier(clock);
  return { clock, inner, cached: new CachedTokenVerifier(inner, () => clock.now, maxEntries) };
}

async function refusalOf(outcome: Promise<unknown>): Promise<string> {
  const error = await outcome.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof UnauthenticatedError)) throw new Error(`expected an UnauthenticatedError, got ${String(error)}`);
  return error.detail;
}

describe('CachedTokenVerifier', () => {
  it('verifies a token once and answers its repeats from memory with the same subject', async () => {
    const { inner, cached } = setUp();
    const token = await signed({ exp: START_S + 3600 });
    const first = await cached.verify(token);
    const again = await cached.verify(token);
    expect([first, again, inner.calls]).toEqual([{ sub: 'alice', roles: ['reader'], municipalities: [] }, first, 1]);
  });

  it('refuses a cached token once its exp has passed, although the cache entry alone would still be young', async () => {
    const { clock, inner, cached } = setUp();
    // Expires in 60 s, well inside MAX_CACHE_AGE_MS: only exp can end the entry here.
    const token = await signed({ exp: START_S + 60 });
    await cached.verify(token);
    clock.now = START + 60_000 + (CLOCK_TOLERANCE_SECONDS + 1) * 1000;
    await expect(refusalOf(cached.verify(token))).resolves.toBe('The bearer token has expired');
    expect(inner.calls).toBe(2);
  });

  it('asks the wrapped verifier again from the second of exp on, not a moment later', async () => {
    const { clock, inner, cached } = setUp();
    const token = await signed({ exp: START_S + 60 });
    await cached.verify(token);
    clock.now = START + 59_999;
    await cached.verify(token);
    const callsJustBefore = inner.calls;
    clock.now = START + 60_000;
    // Within the clock tolerance the wrapped verifier still accepts it, but it had to be asked.
    await cached.verify(token);
    expect([callsJustBefore, inner.calls]).toEqual([1, 2]);
  });

  it(`verifies a long-lived token again after ${MAX_CACHE_AGE_MS / 60_000} minutes`, async () => {
    const { clock, inner, cached } = setUp();
    const token = await signed({ exp: START_S + 24 * 3600 });
    await cached.verify(token);
    clock.now = START + MAX_CACHE_AGE_MS - 1;
    await cached.verify(token);
    clock.now = START + MAX_CACHE_AGE_MS;
    await cached.verify(token);
    expect(inner.calls).toBe(2);
  });

  it('does not remember a refusal: a forged token is refused by the wrapped verifier every time', async () => {
    const { inner, cached } = setUp();
    const forged = await signed({ exp: START_S + 3600 }, 'another-secret-of-32-characters-or-more');
    const details = [await refusalOf(cached.verify(forged)), await refusalOf(cached.verify(forged))];
    expect([details, inner.calls]).toEqual([['The bearer token is not valid: signature verification failed', 'The bearer token is not valid: signature verification failed'], 2]);
  });

  it('does not let a forged token borrow the entry of the valid token it was made from', async () => {
    const { cached } = setUp();
    const token = await signed({ exp: START_S + 3600 });
    await cached.verify(token);
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'alice', roles: ['registrar'], exp: START_S + 3600 })).toString('base64url');
    await expect(refusalOf(cached.verify(`${header}.${payload}.${signature}`))).resolves.toBe('The bearer token is not valid: signature verification failed');
  });

  it('does not remember a token accepted only within the clock tolerance after its exp', async () => {
    const { inner, cached } = setUp();
    const token = await signed({ exp: START_S - 1 });
    await cached.verify(token);
    await cached.verify(token);
    expect(inner.calls).toBe(2);
  });

  it('keeps at most maxEntries tokens, forgetting the oldest first', async () => {
    const { inner, cached } = setUp(2);
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((sub) => signed({ sub, exp: START_S + 3600 })));
    for (const token of [a, b, c]) await cached.verify(token);
    const afterFilling = inner.calls;
    await cached.verify(c);
    await cached.verify(b);
    await cached.verify(a);
    // c and b were still remembered; a had been pushed out by c.
    expect([afterFilling, inner.calls]).toEqual([3, 4]);
  });

  it('hands out a subject no request can change for the next one', async () => {
    const { cached } = setUp();
    const subject = await cached.verify(await signed({ exp: START_S + 3600 }));
    expect(() => (subject.roles as string[]).push('registrar')).toThrow(TypeError);
  });
});
