import { Global, Logger, Module } from '@nestjs/common';
import type { NoteSigner } from '@register/verifiable-log';
import { REGISTER_CONFIG, type RegisterConfig } from '../../config/register-config';
import { resolveLogSigningKey } from './log-signing-key';

/** The log's Ed25519 signer (a NoteSigner of @register/verifiable-log): signs checkpoints and audit bundle manifests. */
export const LOG_SIGNER = Symbol('LogSigner');

/**
 * Loads (or, on the embedded default's first start, generates) the log's key
 * once at boot and provides it everywhere as LOG_SIGNER: the tree projection
 * signs with it, the audit routes name its public key. A key that cannot be
 * read, or is of another log, stops the boot.
 */
@Global()
@Module({
  providers: [
    {
      provide: LOG_SIGNER,
      inject: [REGISTER_CONFIG],
      useFactory: async (config: RegisterConfig): Promise<NoteSigner> => {
        const key = await resolveLogSigningKey(config);
        const where = key.source === 'environment' ? 'from REGISTER_LOG_SIGNING_KEY' : `${key.created ? 'generated in' : 'from'} ${key.file}`;
        new Logger('VerifiableLog').log(`Signing the log's checkpoints with the key ${where}; its verifier key is ${key.signer.verifier.encoded}`);
        return key.signer;
      },
    },
  ],
  exports: [LOG_SIGNER],
})
export class LogSigningModule {}
