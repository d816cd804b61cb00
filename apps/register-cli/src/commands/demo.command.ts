import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../../register/src/app.module';
import { type Environment, loadRegisterConfig } from '../../../register/src/config/load-register-config';
import { DemoLoader } from '../../../register/src/demo/demo-loader';
import { describeDemoOutcome } from '../../../register/src/demo/demo-outcome';
import { createNestPinoLogger } from '../../../register/src/logging/nest-pino-logger';
import { type CliCommand, EXIT_FAILED, EXIT_OK, UsageError } from '../cli-command';

/**
 * `demo`: loads the situation of the Centrumregeling SZMH and the Maastricht
 * decision of 27-01-2026 through the service's own command bus (an
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
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
      logger: createNestPinoLogger(config.logLevel),
      abortOnError: false,
    });
    try {
      const outcome = await DemoLoader.from(app).load();
      const text = `${describeDemoOutcome(outcome)}\n`;
      if (outcome.kind === 'refused') {
        io.err(text);
        return EXIT_FAILED;
      }
      io.out(text);
      return EXIT_OK;
    } finally {
      await app.close();
    }
  },
};

/** The service logs every start-up step at info; on the command line only warnings and errors belong beside the answer. */
function quietByDefault(env: Environment): Environment {
  return env.LOG_LEVEL === undefined || env.LOG_LEVEL === '' ? { ...env, LOG_LEVEL: 'warn' } : env;
}
