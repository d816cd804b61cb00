import { jwtVerify } from 'jose';
import type { AuthenticatedSubject } from './authenticated-subject';
import { subjectFromClaims } from './subject-claims';
import { type Clock, commonVerifyOptions, tokenFault, type TokenVerifier } from './token-verifier';

/** HS256 with one shared secret; the algorithm is pinned so no header can pick `none` or another family. */
export const SECRET_ALGORITHM = 'HS256';

/** Verifies tokens signed with `REGISTER_JWT_SECRET` (or the embedded default's generated secret). */
export class SecretTokenVerifier implements TokenVerifier {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly clock: Clock = () => new Date(),
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async verify(token: string): Promise<AuthenticatedSubject> {
    const options = { ...commonVerifyOptions(this.clock), algorithms: [SECRET_ALGORITHM] };
    const { payload } = await jwtVerify(token, this.key, options).catch((error: unknown) => {
      throw tokenFault(error) ?? error;
    });
    return subjectFromClaims(payload);
  }
}
