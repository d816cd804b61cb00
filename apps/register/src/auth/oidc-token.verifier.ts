import { Logger } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, type RemoteJWKSet } from 'jose';
import type { OidcConfig } from '../config/register-config';
import type { AuthenticatedSubject } from './authenticated-subject';
import { IssuerUnavailableError } from './issuer-unavailable.error';
import { discoverJwksUrl } from './oidc-discovery';
import { subjectFromClaims } from './subject-claims';
import { type Clock, commonVerifyOptions, tokenFault, type TokenVerifier } from './token-verifier';

/** Asymmetric algorithms only: a public key must never double as an HMAC secret. */
const OIDC_ALGORITHMS = ['RS256', 'ES256'];

/**
 * Verifies tokens of an OpenID Connect issuer against the keys it publishes,
 * requiring its `iss` and our audience in `aud`. The key set is discovered on
 * first use, so the service starts while the issuer is down; a failed
 * discovery is retried on the next request. jose caches the keys and fetches
 * them again when a token names a key it does not know (key rotation).
 */
export class OidcTokenVerifier implements TokenVerifier {
  private readonly logger = new Logger(OidcTokenVerifier.name);
  private keys: Promise<RemoteJWKSet> | undefined;

  constructor(
    private readonly oidc: OidcConfig,
    private readonly clock: Clock = () => new Date(),
  ) {}

  async verify(token: string): Promise<AuthenticatedSubject> {
    const keys = await this.keySet();
    const options = {
      ...commonVerifyOptions(this.clock),
      algorithms: OIDC_ALGORITHMS,
      issuer: this.oidc.issuer,
      audience: this.oidc.audience,
    };
    const { payload } = await jwtVerify(token, keys, options).catch((error: unknown) => {
      throw tokenFault(error) ?? this.unavailable(error);
    });
    return subjectFromClaims(payload);
  }

  private keySet(): Promise<RemoteJWKSet> {
    this.keys ??= discoverJwksUrl(this.oidc.issuer).then(
      (url) => createRemoteJWKSet(url),
      (error: unknown) => {
        this.keys = undefined;
        throw this.unavailable(error);
      },
    );
    return this.keys;
  }

  private unavailable(error: unknown): IssuerUnavailableError {
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.error(`Cannot fetch the keys of the OIDC issuer ${this.oidc.issuer}: ${reason}`);
    return new IssuerUnavailableError('The keys of the identity provider cannot be fetched; try again later');
  }
}
