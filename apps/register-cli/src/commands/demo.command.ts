import { loadRegisterConfig } from '../../../register/src/config/load-register-config';
import { type CliCommand, UsageError } from '../cli-command';
import { quietByDefault } from '../quiet-environment';

/**
 * `demo`: loads the situation of the Centrumregeling SZMH and the Maastricht
 * decision of 27-01-2026 through the service's own write pipeline (an
 * application context of the same AppModule, without HTTP). Exit status 0
 * when the demo is loaded, completed or already there; 1 when the register
 * holds other data (nothing written) or a step fails (the step is named;
 * running the command again completes the rest).
 *
 * It runs beside a service on the same store as well: the service's
 * projector then folds the writes and this one waits for it.
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Load the SZMH demo (the arrangement, agreements, mandates and publications) into an empty register',
  arguments: '',
  async run(args, io) {
    if (args.length > 0) throw new UsageError(`demo takes no arguments; got ${args.join(' ')}`);
    const config = loadRegisterConfig(quietByDefault(io.env), io.cwd);
    // Required here, not imported above: the whole service loads for this command only, so the
    // others (a token, the head) start in half the time. A require, because this CommonJS build
    // turns an import() of a relative path into one anyway, and TypeScript would want a .js name for it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runDemo } = require('./demo.run') as typeof import('./demo.run');
    return runDemo(config, io);
  },
};
