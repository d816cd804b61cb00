import type { ReadVariable } from './load-auth-config';

/** Sign-in to the pages through the municipality's identity provider (ui.md "Signing in"). */
export interface OidcSignInConfig {
  readonly issuer: string;
  readonly clientId: string;
  /** Absent for a public client, which PKCE alone protects. */
  readonly clientSecret: string | undefined;
  readonly rolesClaim: string;
  readonly municipalitiesClaim: string;
}

/** The pages' settings: whether the public register is open, and how page users sign in. */
export interface WebConfig {
  /** REGISTER_PUBLIC_PAGES: the public mandate register without sign-in (default true). */
  readonly publicPages: boolean;
  /** With an issuer the pages sign in through it; without, through the register's own accounts. */
  readonly oidcSignIn: OidcSignInConfig | undefined;
}

const CLAIM_NAME = /^[A-Za-z0-9_.:/-]{1,128}$/;

/**
 * Reads the pages' settings. The issuer itself is checked by loadAuthConfig,
 * which shares it with the bearer tokens; the client id defaults to the
 * tokens' audience, which is what an identity provider issues for its client.
 */
export function loadWebConfig(read: ReadVariable, problems: string[]): WebConfig {
  const publicPages = read('REGISTER_PUBLIC_PAGES') ?? 'true';
  if (publicPages !== 'true' && publicPages !== 'false') {
    problems.push(`REGISTER_PUBLIC_PAGES must be true or false; got ${JSON.stringify(publicPages)}`);
  }
  return { publicPages: publicPages !== 'false', oidcSignIn: oidcSignIn(read, problems) };
}

function oidcSignIn(read: ReadVariable, problems: string[]): OidcSignInConfig | undefined {
  const issuer = read('REGISTER_OIDC_ISSUER');
  const clientId = read('REGISTER_OIDC_CLIENT_ID') ?? read('REGISTER_OIDC_AUDIENCE');
  const clientSecret = read('REGISTER_OIDC_CLIENT_SECRET');
  const rolesClaim = claimName(read, 'REGISTER_OIDC_ROLES_CLAIM', 'roles', problems);
  const municipalitiesClaim = claimName(read, 'REGISTER_OIDC_MUNICIPALITIES_CLAIM', 'municipalities', problems);
  if (issuer === undefined) {
    if (read('REGISTER_OIDC_CLIENT_ID') !== undefined || clientSecret !== undefined) {
      problems.push('REGISTER_OIDC_CLIENT_ID and REGISTER_OIDC_CLIENT_SECRET need REGISTER_OIDC_ISSUER');
    }
    return undefined;
  }
  // Without a client id loadAuthConfig already reports the missing REGISTER_OIDC_AUDIENCE.
  if (clientId === undefined) return undefined;
  return { issuer, clientId, clientSecret, rolesClaim, municipalitiesClaim };
}

function claimName(read: ReadVariable, name: string, fallback: string, problems: string[]): string {
  const raw = read(name) ?? fallback;
  if (CLAIM_NAME.test(raw)) return raw;
  problems.push(`${name} must be a claim name of letters, digits and _.:/-; got ${JSON.stringify(raw)}`);
  return fallback;
}
