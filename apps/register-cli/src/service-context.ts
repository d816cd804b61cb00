import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../register/src/app.module';
import type { RegisterConfig } from '../../register/src/config/register-config';
import { createNestPinoLogger } from '../../register/src/logging/nest-pino-logger';

/**
 * Runs `work` inside an application context of the service's AppModule,
 * without HTTP, so a command writes through the same pipeline and rules as the
 * API; the context is closed whatever happens. Only a command's `.run` file
 * imports this, so the commands that need no service start without loading it.
 */
export async function withServiceContext<T>(config: RegisterConfig, work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: createNestPinoLogger(config.logLevel),
    abortOnError: false,
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
