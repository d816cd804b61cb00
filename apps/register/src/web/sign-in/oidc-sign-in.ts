import { Inject, Injectable } from '@nestjs/common';
import type * as OpenIdClient from 'openid-client';
import { type AuthenticatedSubject, MUNICIPALITY_CODE, ROLES } from '../../auth/authenticated-subject';
import type { OidcSignInConfig } from '../../config/load-web-config';
import { REGISTER_CONFIG, type RegisterConfig } from '../../config/register-config';
import type { PendingSignIn } from '../session/web-session';

/** The identity provider refused or the answer did not check out: the user signs in again, nothing is kept. */
export class OidcSignInFailed extends Error {
  override name = 'OidcSignInFailed';
}

/**
 * Sign-in through the municipality's identity provider (ui.md "Signing in"):
 * the OpenID Connect authorization code flow with PKCE, state and nonce, the
 * checks done by openid-client. Roles and municipalities come from the claims
 * REGISTER_OIDC_ROLES_CLAIM and REGISTER_OIDC_MUNICIPALITIES_CLAIM of the ID
 * token, or of the userinfo answer where the provider keeps them there.
 */
@Injectable()
export class OidcSignIn {
  private configuration: Promise<OpenIdClient.Configuration> | undefined;
  private readonly settings: OidcSignInConfig | undefined;

  constructor(@Inject(REGISTER_CONFIG) config: RegisterConfig) {
    this.settings = config.web.oidcSignIn;
  }

  get enabled(): boolean {
    return this.settings !== undefined;
  }

  /** Where to send the browser, and what the callback must find again in the session. */
  async start(returnTo: string, redirectUri: string): Promise<{ url: string; pending: PendingSignIn }> {
    const config = await this.discovered();
    const client = await openIdClient();
    const codeVerifier = client.randomPKCECodeVerifier();
    const oidc = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',

      state: oidc.state,
      nonce: oidc.nonce,
    });
    return { url: url.href, pending: { returnTo, oidc } };
  }

  /** @throws OidcSignInFailed when the callback is not the answer to this session's request. */
  async finish(callbackUrl: URL, pending: PendingSignIn | undefined): Promise<AuthenticatedSubject> {
    if (pending?.oidc === undefined) throw new OidcSignInFailed('No sign-in was started in this session');
    const config = await this.discovered();
    const client = await openIdClient();
    const { state, nonce, codeVerifier } = pending.oidc;
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
      const idClaims = tokens.claims()!;
      const settings = this.settings!;
      const needsUserInfo = idClaims[settings.rolesClaim] === undefined;
      const claims = needsUserInfo ? { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...idClaims } : idClaims;
      return subjectOf(claims, settings);
    } catch (error) {
      if (error instanceof OidcSignInFailed) throw error;
      throw new OidcSignInFailed(error instanceof Error ? error.message : String(error));
    }
  }

  private discovered(): Promise<OpenIdClient.Configuration> {
    const settings = this.settings;
    if (settings === undefined) throw new Error('OpenID Connect sign-in is not configured');
    this.configuration ??= discover(settings).catch((error: unknown) => {
      // The provider may be down at the first sign-in: the next one tries again.
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }
}

/** Loaded on the first sign-in through a provider: a service with local accounts never needs it. */
function openIdClient(): Promise<typeof OpenIdClient> {
  return import('openid-client');
}

async function discover(settings: OidcSignInConfig): Promise<OpenIdClient.Configuration> {
  const client = await openIdClient();
  const issuer = new URL(settings.issuer);
  const auth = settings.clientSecret === undefined ? client.None() : client.ClientSecretBasic(settings.clientSecret);
  // loadAuthConfig allows http only on localhost, for a provider the tests start.
  const execute = issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [];
  return client.discovery(issuer, settings.clientId, undefined, auth, { execute });
}

function subjectOf(claims: Record<string, unknown>, settings: OidcSignInConfig): AuthenticatedSubject {
  const roles = claims[settings.rolesClaim];
  const municipalities = claims[settings.municipalitiesClaim];
  const given = Array.isArray(roles) ? roles : typeof roles === 'string' ? roles.split(/[\s,]+/) : [];
  const codes = Array.isArray(municipalities) ? municipalities.filter((code): code is string => typeof code === 'string' && MUNICIPALITY_CODE.test(code)) : [];
  const sub = claims.sub;
  if (typeof sub !== 'string' || sub === '') throw new OidcSignInFailed('The ID token has no subject');
  return { sub, roles: ROLES.filter((role) => given.includes(role)), municipalities: [...new Set(codes)] };
}
