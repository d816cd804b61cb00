import { parseArgs } from 'node:util';
import { isRole, MUNICIPALITY_CODE, ROLES, type Role } from '../../../register/src/auth/authenticated-subject';
import { signSubjectToken, type SubjectTokenClaims } from '../../../register/src/auth/subject-token.signer';
import { resolveTokenVerification } from '../../../register/src/auth/token-verification';
import { loadRegisterConfig } from '../../../register/src/config/load-register-config';
import { type CliCommand, EXIT_OK, UsageError } from '../cli-command';

const DEFAULT_EXPIRES_IN = '8h';
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/**
 * Prints an HS256 bearer token signed with the secret the service uses:
 * REGISTER_JWT_SECRET, else the embedded default's generated one (made here
 * if the service has not run yet, so both end up with the same).
 */
export const tokenCommand: CliCommand = {
  name: 'token',
  summary: 'Print a signed bearer token for a subject and its roles',
  arguments: `--sub <name> --role <${ROLES.join('|')}> [--role ...] [--municipality GM0938 ...] [--expires-in ${DEFAULT_EXPIRES_IN}]`,
  async run(args, io) {
    const { claims, expiresInSeconds } = tokenRequest(args);
    const verification = await resolveTokenVerification(loadRegisterConfig(io.env, io.cwd));
    if (verification.kind === 'oidc') {
      throw new Error(`REGISTER_OIDC_ISSUER is set, so the service accepts only tokens of ${verification.oidc.issuer}; get one there`);
    }
    const token = await signSubjectToken(claims, verification.secret, { issuedAt: new Date(), expiresInSeconds });
    io.out(`${token}\n`);
    return EXIT_OK;
  },
};

function tokenRequest(args: readonly string[]): { claims: SubjectTokenClaims; expiresInSeconds: number } {
  const { values } = parseTokenArgs(args);
  const sub = values.sub?.trim();
  if (!sub) throw new UsageError('token needs --sub <name>, who the token is for');
  const roles = rolesOf(values.role ?? []);
  const municipalities = [...new Set(values.municipality ?? [])];
  const wrongCode = municipalities.find((code) => !MUNICIPALITY_CODE.test(code));
  if (wrongCode !== undefined) throw new UsageError(`--municipality takes a CBS code such as GM0938; got ${JSON.stringify(wrongCode)}`);
  if (roles.includes('auditor') && municipalities.length === 0) {
    throw new UsageError('An auditor sees only their municipalities: give at least one --municipality');
  }
  return { claims: { sub, roles, municipalities }, expiresInSeconds: seconds(values['expires-in'] ?? DEFAULT_EXPIRES_IN) };
}

function parseTokenArgs(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        sub: { type: 'string' },
        role: { type: 'string', multiple: true },
        municipality: { type: 'string', multiple: true },
        'expires-in': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function rolesOf(given: readonly string[]): Role[] {
  if (given.length === 0) throw new UsageError(`token needs at least one --role (${ROLES.join(', ')})`);
  const unknown = given.find((role) => !isRole(role));
  if (unknown !== undefined) throw new UsageError(`Unknown role ${JSON.stringify(unknown)}; roles are ${ROLES.join(', ')}`);
  return ROLES.filter((role) => given.includes(role));
}

function seconds(duration: string): number {
  const match = /^([1-9]\d{0,5})([smhd])$/.exec(duration);
  if (!match) {
    throw new UsageError(`--expires-in takes a number and a unit s, m, h or d, such as 8h; got ${JSON.stringify(duration)}`);
  }
  return Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
}
