/** How long the issuer may take to answer before a request is refused with 503. */
const DISCOVERY_TIMEOUT_MS = 5_000;

/**
 * The JWKS address the issuer publishes in its OpenID Provider metadata
 * (`<issuer>/.well-known/openid-configuration`, OIDC Discovery 1.0 §4). The
 * metadata is used rather than a guessed `/.well-known/jwks.json` because
 * common providers keep their keys elsewhere (Keycloak under
 * `/protocol/openid-connect/certs`, Entra ID under `/discovery/v2.0/keys`).
 *
 * @throws Error when the metadata is unreachable, malformed, or names another issuer.
 */
export async function discoverJwksUrl(issuer: string, timeoutMs = DISCOVERY_TIMEOUT_MS): Promise<URL> {
  const metadataUrl = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(metadataUrl, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  if (response.status !== 200) throw new Error(`${metadataUrl} answered ${response.status}`);
  const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // §4.3: metadata naming another issuer must not be used, or one provider could vouch for another.
  if (metadata.issuer !== issuer) {
    throw new Error(`${metadataUrl} names the issuer ${JSON.stringify(metadata.issuer)}, not ${JSON.stringify(issuer)}`);
  }
  if (typeof metadata.jwks_uri !== 'string') throw new Error(`${metadataUrl} has no jwks_uri`);
  const jwksUrl = new URL(metadata.jwks_uri);
  // Keys fetched in plain text could be swapped on the way; only a loopback issuer (tests, a sidecar) may use http.
  if (jwksUrl.protocol !== 'https:' && jwksUrl.origin !== new URL(issuer).origin) {
    throw new Error(`${metadataUrl} gives a jwks_uri that is not https: ${jwksUrl.href}`);
  }
  return jwksUrl;
}
