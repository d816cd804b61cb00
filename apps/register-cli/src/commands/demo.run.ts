import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../../register/src/app.module';
import type { RegisterConfig } from '../../../register/src/config/register-config';
import { DemoLoader } from '../../../register/src/demo/demo-loader';
import { describeDemoOutcome } from '../../../register/src/demo/demo-outcome';
import { createNestPinoLogger } from '../../../register/src/logging/nest-pino-logger';
import { type CliIo, EXIT_FAILED, EXIT_OK } from '../cli-command';

/** The demo loaded through an application context of the service's AppModule, without HTTP; the exit status. */
export async function runDemo(config: RegisterConfig, io: CliIo): Promise<number> {
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
}
