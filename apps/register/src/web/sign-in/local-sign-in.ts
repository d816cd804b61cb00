import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CLOCK, type Clock } from '../../write-side/clock';
import { passwordMatches } from '../accounts/password-hasher';
import { subjectOfAccount } from '../accounts/web-account';
import { WebAccountStore } from '../accounts/web-account.store';
import { LoginThrottle, type ThrottleKey } from './login-throttle';

export type SignInOutcome =
  | { readonly kind: 'signed-in'; readonly subject: AuthenticatedSubject }
  | { readonly kind: 'refused' }
  | { readonly kind: 'slowed'; readonly waitSeconds: number };

/**
 * Checks a name and password against the local accounts, slowed per account
 * and per address. A wrong password, an unknown name and a disabled account
 * all answer the same "refused", so the form tells a guesser nothing.
 */
@Injectable()
export class LocalSignIn {
  constructor(
    private readonly accounts: WebAccountStore,
    private readonly throttle: LoginThrottle,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async attempt(name: string, password: string, address: string): Promise<SignInOutcome> {
    const keys: ThrottleKey[] = [{ kind: 'account', value: name }, { kind: 'address', value: address }];
    const waitMs = await this.throttle.begin(keys, this.clock.now());
    if (waitMs > 0) return { kind: 'slowed', waitSeconds: Math.ceil(waitMs / 1000) };
    const found = await this.accounts.find(name);
    const matches = await passwordMatches(found?.passwordHash, password);
    if (!matches || found === undefined || found.account.disabledAt !== null) return { kind: 'refused' };
    await this.throttle.succeeded(keys, this.clock.now());
    return { kind: 'signed-in', subject: subjectOfAccount(found.account) };
  }
}
