import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { isRole, MUNICIPALITY_CODE, ROLES, type Role } from '../../../register/src/auth/authenticated-subject';
import { loadRegisterConfig } from '../../../register/src/config/load-register-config';
import { openRegisterDataSource } from '../../../register/src/event-store/register-data-source';
import { hashPassword } from '../../../register/src/web/accounts/password-hasher';
import { ACCOUNT_NAME, type WebAccount } from '../../../register/src/web/accounts/web-account';
import { WebAccountStore } from '../../../register/src/web/accounts/web-account.store';
import { WebSessionStore } from '../../../register/src/web/session/web-session.store';
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK, UsageError } from '../cli-command';
import { readNewPassword } from './user-password';

/**
 * `user add|list|disable`: the local accounts of the pages (ui.md "Signing
 * in"), in the register's own database. Accounts are never deleted: a name
 * stays in the events it recorded, so a disabled one cannot be taken again.
 */
export const userCommand: CliCommand = {
  name: 'user',
  summary: 'Manage the local accounts of the web pages: add, list, disable',
  arguments: `add <name> --role <${ROLES.join('|')}> [--role ...] [--municipality GM0938 ...] [--password-stdin] | list | disable <name>`,
  async run(args, io) {
    const [action, ...rest] = args;
    const config = loadRegisterConfig({ LOG_LEVEL: 'warn', ...io.env }, io.cwd);
    const request = parseUserArgs(action, rest);
    // Read before the database opens: a wrong password changes nothing and holds no connection.
    const password = request.action === 'add' ? await readNewPassword(io, request.passwordStdin) : '';
    const dataSource = await openRegisterDataSource(config.store);
    try {
      return await perform(request, password, dataSource, io);
    } finally {
      await dataSource.destroy();
    }
  },
};

type UserRequest =
  | { readonly action: 'add'; readonly name: string; readonly roles: Role[]; readonly municipalities: string[]; readonly passwordStdin: boolean }
  | { readonly action: 'list' }
  | { readonly action: 'disable'; readonly name: string };

async function perform(request: UserRequest, password: string, dataSource: DataSource, io: CliIo): Promise<number> {
  const accounts = new WebAccountStore(dataSource);
  const now = new Date();
  switch (request.action) {
    case 'add': {
      const { name, roles, municipalities } = request;
      await accounts.add({ name, roles, municipalities, createdAt: now.toISOString() }, await hashPassword(password));
      io.out(`Added ${describe({ name, roles, municipalities, createdAt: now.toISOString(), disabledAt: null })}\n`);
      return EXIT_OK;
    }
    case 'list':
      for (const account of await accounts.list()) io.out(`${describe(account)}\n`);
      return EXIT_OK;
    case 'disable': {
      if (!(await accounts.disable(request.name, now.toISOString()))) {
        io.err(`There is no account named ${request.name}\n`);
        return EXIT_FAILED;
      }
      const ended = await new WebSessionStore(dataSource).endAllOf(request.name, now);
      io.out(`Disabled ${request.name}; ended ${ended} session(s)\n`);
      return EXIT_OK;
    }
    default: {
      const unknown: never = request;
      throw new Error(`Unhandled user action ${JSON.stringify(unknown)}`);
    }
  }
}

function describe(account: WebAccount): string {
  const where = account.municipalities.length > 0 ? ` for ${account.municipalities.join(', ')}` : '';
  const state = account.disabledAt === null ? '' : ` (disabled since ${account.disabledAt})`;
  return `${account.name}: ${account.roles.join(', ')}${where}${state}`;
}

function parseUserArgs(action: string | undefined, rest: readonly string[]): UserRequest {
  if (action === 'list') {
    if (rest.length > 0) throw new UsageError(`user list takes no arguments; got ${rest.join(' ')}`);
    return { action };
  }
  if (action !== 'add' && action !== 'disable') throw new UsageError(`user needs add, list or disable; got ${JSON.stringify(action ?? '')}`);
  const { values, positionals } = parsed(rest);
  const name = positionals.length === 1 ? positionals[0]! : undefined;
  if (name === undefined || !ACCOUNT_NAME.test(name)) {
    throw new UsageError(`user ${action} needs one account name of 1 to 128 letters, digits and ._@- (starting with a letter or digit)`);
  }
  if (action === 'disable') return { action, name };
  return { action, name, ...rolesAndMunicipalities(values.role ?? [], values.municipality ?? []), passwordStdin: values['password-stdin'] === true };
}

function parsed(rest: readonly string[]) {
  try {
    return parseArgs({
      args: [...rest],
      options: { role: { type: 'string', multiple: true }, municipality: { type: 'string', multiple: true }, 'password-stdin': { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function rolesAndMunicipalities(roles: readonly string[], codes: readonly string[]): { roles: Role[]; municipalities: string[] } {
  if (roles.length === 0) throw new UsageError(`user add needs at least one --role (${ROLES.join(', ')})`);
  const unknown = roles.find((role) => !isRole(role));
  if (unknown !== undefined) throw new UsageError(`Unknown role ${JSON.stringify(unknown)}; roles are ${ROLES.join(', ')}`);
  const wrong = codes.find((code) => !MUNICIPALITY_CODE.test(code));
  if (wrong !== undefined) throw new UsageError(`--municipality takes a CBS code such as GM0938; got ${JSON.stringify(wrong)}`);
  if (roles.includes('auditor') && codes.length === 0) throw new UsageError('An auditor sees only their municipalities: give at least one --municipality');
  return { roles: ROLES.filter((role) => roles.includes(role)), municipalities: [...new Set(codes)] };
}
