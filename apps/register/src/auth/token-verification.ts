import type { OidcConfig, RegisterConfig } from '../config/register-config';
import { readOrCreateJwtSecret } from './generated-jwt-secret';

/** Where the keys that verify (and, for a secret, sign) bearer tokens come from. */
export type TokenVerification =
  | { readonly kind: 'environment-secret'; readonly secret: string }
  | { readonly kind: 'generated-secret'; readonly secret: string; readonly file: string; readonly created: boolean }
  | { readonly kind: 'oidc'; readonly oidc: OidcConfig };

/**
 * The one rule the service and the command line share: `REGISTER_JWT_SECRET`,
 * else the OIDC issuer, else (embedded default only) the secret generated in
 * the data folder.
 */
export async function resolveTokenVerification(config: RegisterConfig): Promise<TokenVerification> {
  if (config.jwtSecret !== undefined) return { kind: 'environment-secret', secret: config.jwtSecret };
  if (config.oidc !== undefined) return { kind: 'oidc', oidc: config.oidc };
  if (config.store.kind !== 'sqlite') {
    // loadRegisterConfig refuses this already; a configuration built another way must not slip through.
    throw new Error(`REGISTER_JWT_SECRET or REGISTER_OIDC_ISSUER is required when REGISTER_STORE is ${config.store.kind}`);
  }
  const generated = await readOrCreateJwtSecret(config.dataDir);
  return { kind: 'generated-secret', ...generated };
}
