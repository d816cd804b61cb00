import { InvalidConfigError } from '../invalid-config.error';
import { type Environment, loadRegisterConfig } from '../load-register-config';

/** The problems loadRegisterConfig names for `env`; fails the test when it accepts it. */
export function problemsOf(env: Environment, cwd = '/srv/register'): readonly string[] {
  try {
    loadRegisterConfig(env, cwd);
  } catch (error) {
    if (error instanceof InvalidConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}
