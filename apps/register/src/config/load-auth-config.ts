import type { OidcConfig, StoreKind } from './register-config';

/** Reads one variable, an empty one counting as unset. */
export type ReadVariable = (name: string) => string | undefined;

export interface AuthConfig {
  readonly jwtSecret: string | undefined;
  readonly oidc: OidcConfig | undefined;
}

// RFC 7518 asks for an HS256 key of at least 256 bits.
export const MIN_JWT_SECRET_LENGTH = 32;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * How bearer tokens are verified: with `REGISTER_JWT_SECRET`, or with the keys
 * of the OIDC issuer `REGISTER_OIDC_ISSUER`, never both, so it is always clear
 * who can mint a token. Only the embedded default may have neither: it
 * generates a secret in its data folder, which a shared database has no
 * equivalent of.
 */
export function loadAuthConfig(read: ReadVariable, storeKind: StoreKind | undefined, problems: string[]): AuthConfig {
  const jwtSecret = secret(read, problems);
  const oidc = oidcConfig(read, problems);
  const issuerSet = read('REGISTER_OIDC_ISSUER') !== undefined;
  if (jwtSecret !== undefined && issuerSet) {
    problems.push('Set either REGISTER_JWT_SECRET or REGISTER_OIDC_ISSUER, not both');
  }
  if (jwtSecret === undefined && !issuerSet && storeKind !== undefined && storeKind !== 'sqlite') {
    problems.push(
      `REGISTER_JWT_SECRET or REGISTER_OIDC_ISSUER is required when REGISTER_STORE is ${storeKind}; ` +
        'only the embedded sqlite default generates a secret of its own',
    );
  }
  return { jwtSecret, oidc };
}

function secret(read: ReadVariable, problems: string[]): string | undefined {
  const raw = read('REGISTER_JWT_SECRET');
  if (raw !== undefined && raw.length < MIN_JWT_SECRET_LENGTH) {
    problems.push(`REGISTER_JWT_SECRET must be at least ${MIN_JWT_SECRET_LENGTH} characters when set`);
  }
  return raw;
}

function oidcConfig(read: ReadVariable, problems: string[]): OidcConfig | undefined {
  const issuer = read('REGISTER_OIDC_ISSUER');
  const audience = read('REGISTER_OIDC_AUDIENCE');
  if (issuer === undefined) {
    if (audience !== undefined) problems.push('REGISTER_OIDC_AUDIENCE is set but REGISTER_OIDC_ISSUER is not');
    return undefined;
  }
  const issuerOk = isIssuerUrl(issuer);
  if (!issuerOk) {
    problems.push(
      'REGISTER_OIDC_ISSUER must be an https:// URL without query or fragment (http:// only on localhost); ' +
        `got ${JSON.stringify(issuer)}`,
    );
  }
  if (audience === undefined) problems.push('REGISTER_OIDC_AUDIENCE is required when REGISTER_OIDC_ISSUER is set');
  return issuerOk && audience !== undefined ? { issuer, audience } : undefined;
}

/** OIDC Discovery 1.0 §3: the issuer is an https URL with no query or fragment. */
function isIssuerUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.search !== '' || url.hash !== '' || raw.includes('#') || raw.includes('?')) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}
