import type { Environment } from '../../register/src/config/load-register-config';

/** The service logs every start-up step at info; on the command line only warnings and errors belong beside the answer. */
export function quietByDefault(env: Environment): Environment {
  return env.LOG_LEVEL === undefined || env.LOG_LEVEL === '' ? { ...env, LOG_LEVEL: 'warn' } : env;
}
