import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the library's defaults (19 MiB, 2 passes: OWASP's minimum
 * for argon2id). The hash carries its parameters, so raising them later
 * leaves older hashes verifiable.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

// A real hash of a password nobody has, so an unknown account costs as much to refuse as a wrong password.
let decoyHash: Promise<string> | undefined;

/** Whether `password` matches `passwordHash`; without an account, it verifies against the decoy and answers false. */
export async function passwordMatches(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined) {
    decoyHash ??= hashPassword('no account has this password');
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
