import type { DataSource, Repository } from 'typeorm';
import { isRole, ROLES, type Role } from '../../auth/authenticated-subject';
import type { WebAccount } from './web-account';
import { type WebAccountRow, WebAccountSchema } from './web-tables.schema';

class AccountExistsError extends Error {
  override name = 'AccountExistsError';
}

/** The local accounts in the register's database (web_accounts). */
export class WebAccountStore {
  private readonly accounts: Repository<WebAccountRow>;

  constructor(dataSource: DataSource) {
    this.accounts = dataSource.getRepository(WebAccountSchema);
  }

  /** @throws AccountExistsError when the name is taken, also by a disabled account (names are never reused in the log). */
  async add(account: Omit<WebAccount, 'disabledAt'>, passwordHash: string): Promise<void> {
    if (await this.accounts.existsBy({ name: account.name })) throw new AccountExistsError(`An account named ${account.name} exists already`);
    await this.accounts.insert({
      name: account.name,
      passwordHash,
      roles: account.roles.join(','),
      municipalities: account.municipalities.join(','),
      createdAt: account.createdAt,
      disabledAt: null,
    });
  }

  /** The account and its password hash, disabled or not. */
  async find(name: string): Promise<{ account: WebAccount; passwordHash: string } | undefined> {
    const row = await this.accounts.findOneBy({ name });
    return row === null ? undefined : { account: accountOf(row), passwordHash: row.passwordHash };
  }

  async list(): Promise<WebAccount[]> {
    const rows = await this.accounts.find({ order: { name: 'ASC' } });
    return rows.map(accountOf);
  }

  /** False when there is no such account; disabling a disabled one keeps its first date. */
  async disable(name: string, at: string): Promise<boolean> {
    const row = await this.accounts.findOneBy({ name });
    if (row === null) return false;
    if (row.disabledAt === null) await this.accounts.update({ name }, { disabledAt: at });
    return true;
  }
}

function accountOf(row: WebAccountRow): WebAccount {
  const roles = row.roles.split(',').filter(isRole);
  return {
    name: row.name,
    roles: ROLES.filter((role: Role) => roles.includes(role)),
    municipalities: row.municipalities === '' ? [] : row.municipalities.split(','),
    createdAt: row.createdAt,
    disabledAt: row.disabledAt,
  };
}
