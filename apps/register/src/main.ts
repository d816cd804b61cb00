import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { anyAddress, createHttpAdapter, type RegisterApplication } from './http/http-adapter';
import { pino } from 'pino';
import { AppModule } from './app.module';
import { loadRegisterConfig } from './config/load-register-config';
import { InvalidConfigError } from './config/invalid-config.error';
import { parseStartArguments } from './config/start-arguments';
import { configureApp } from './configure-app';
import { loadDemoOnStart } from './demo/demo-on-start';
import { logDestination } from './logging/log-destination';
import { loggerOptions } from './logging/logger-options';
import { createNestPinoLogger } from './logging/nest-pino-logger';
import { PROCESS_CORRELATION_ID } from './logging/process-correlation-id';

async function bootstrap(): Promise<void> {
  const args = parseStartArguments(process.argv.slice(2));
  const config = loadRegisterConfig(process.env, process.cwd());
  const app = await NestFactory.create<RegisterApplication>(AppModule.forRoot(config), createHttpAdapter(), {
    logger: createNestPinoLogger(config.logLevel),
    // Throw instead of process.abort(): a failed boot then exits with a logged reason and status 1.
    abortOnError: false,
    // Keep-alive connections must not hold a SIGTERM shutdown open.
    forceCloseConnections: true,
  });
  configureApp(app);
  // process.exit(0) once closed, rather than re-raising the signal: a clean stop exits 0.
  app.enableShutdownHooks([], { useProcessExit: true });
  const start = async (): Promise<void> => {
    if (args.demo || config.demo) {
      // The demo writes through the command bus and waits for the projector, which starts with init().
      await app.init();
      await loadDemoOnStart(app);
    }
    await app.listen(config.port, anyAddress());
    new NestLogger('Bootstrap').log(`Listening on port ${config.port} with the ${config.store.kind} event store`);
  };
  await start().catch(async (error: unknown) => {
    // E.g. the port is taken or a demo step failed: release the store before the process exits.
    await app.close();
    throw error;
  });
}

bootstrap().catch((error: unknown) => {
  // The configured logger may not exist yet (or LOG_LEVEL itself is wrong): this one always does.
  const logger = pino(loggerOptions('info', PROCESS_CORRELATION_ID), logDestination());
  if (error instanceof InvalidConfigError) logger.fatal({ problems: error.problems }, error.message);
  else logger.fatal({ err: error }, 'The service could not start');
  process.exit(1);
});
