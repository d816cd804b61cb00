import { Logger, type Provider } from '@nestjs/common';
import { REGISTER_CONFIG, type RegisterConfig } from '../config/register-config';
import { CachedTokenVerifier } from './cached-token.verifier';
import { OidcTokenVerifier } from './oidc-token.verifier';
import { SecretTokenVerifier } from './secret-token.verifier';
import { resolveTokenVerification } from './token-verification';
import { TOKEN_VERIFIER, type TokenVerifier } from './token-verifier';

const TOKEN_HINT = 'get a token with: npm run cli -- token --role registrar --sub <name>';

/**
 * The verifier for the configured keys, remembering the tokens it accepted
 * until they expire; resolving the keys may create the embedded default's
 * secret file.
 */
export const tokenVerifierProvider: Provider = {
  provide: TOKEN_VERIFIER,
  inject: [REGISTER_CONFIG],
  useFactory: async (config: RegisterConfig): Promise<TokenVerifier> => new CachedTokenVerifier(await keyVerifierFor(config)),
};

async function keyVerifierFor(config: RegisterConfig): Promise<TokenVerifier> {
  const logger = new Logger('Authentication');
  const verification = await resolveTokenVerification(config);
  switch (verification.kind) {
    case 'environment-secret':
      return new SecretTokenVerifier(verification.secret);
    case 'generated-secret':
      logger.log(
        `${verification.created ? 'Generated the token secret' : 'Using the token secret'} in ${verification.file} ` +
          `(set REGISTER_JWT_SECRET to use your own); ${TOKEN_HINT}`,
      );
      return new SecretTokenVerifier(verification.secret);
    case 'oidc':
      logger.log(`Bearer tokens are verified with the keys of the OIDC issuer ${verification.oidc.issuer}`);
      return new OidcTokenVerifier(verification.oidc);
    default: {
      const unknown: never = verification;
      throw new Error(`Unhandled token verification ${JSON.stringify(unknown)}`);
    }
  }
}
