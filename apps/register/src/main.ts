import cluster from 'node:cluster';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { anyAddress, createHttpAdapter, type RegisterApplication } from './http/http-adapter';
import { type Logger, pino } from 'pino';
import { AppModule } from './app.module';
import { loadRegisterConfig } from './config/load-register-config';
import { InvalidConfigError } from './config/invalid-config.error';
import type { LogLevel } from './config/register-config';
import { parseStartArguments } from './config/start-arguments';
import { configureApp } from './configure-app';
import { loadDemoOnStart } from './demo/demo-on-start';
import { logDestination } from './logging/log-destination';
import { loggerOptions } from './logging/logger-options';
import { createNestPinoLogger } from './logging/nest-pino-logger';
import { PROCESS_CORRELATION_ID } from './logging/process-correlation-id';
import { superviseHttpProcesses } from './process/http-process-supervisor';

async function bootstrap(): Promise<void> {
  const args = parseStartArguments(process.argv.slice(2));
  const config = loadRegisterConfig(process.env, process.cwd());
  if (config.httpProcesses > 1 && cluster.isPrimary) {
    superviseHttpProcesses(config.httpProcesses, bootLogger(config.logLevel));
    return;
  }
  // Of several HTTP processes only the first loads the demo; the supervisor starts the others once it listens.
  const loadsDemo = (args.demo || config.demo) && (cluster.isPrimary || cluster.worker?.id === 1);
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
    if (loadsDemo) {
      // The demo writes through the command bus and waits for the projector, which starts with init().
      await app.init();
      await loadDemoOnStart(app);
    }
    await app.listen(config.port, anyAddress());
    const which = cluster.isWorker ? `HTTP process ${cluster.worker?.id} of ${config.httpProcesses}: ` : '';
    new NestLogger('Bootstrap').log(`${which}Listening on port ${config.port} with the ${config.store.kind} event store`);
  };
  await start().catch(async (error: unknown) => {
    // E.g. the port is taken or a demo step failed: release the store before the process exits.
    await app.close();
    throw error;
  });
}

/** A logger that needs nothing but a level: before Nest's exists, or in the supervising process, which has none. */
function bootLogger(level: LogLevel): Logger {
  return pino(loggerOptions(level, PROCESS_CORRELATION_ID), logDestination());
}

bootstrap().catch((error: unknown) => {
  // The configured logger may not exist yet (or LOG_LEVEL itself is wrong): this one always does.
  const logger = bootLogger('info');
  if (error instanceof InvalidConfigError) logger.fatal({ problems: error.problems }, error.message);
  else logger.fatal({ err: error }, 'The service could not start');
  process.exit(1);
});
