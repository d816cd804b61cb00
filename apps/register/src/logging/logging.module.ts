import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { REGISTER_CONFIG, type RegisterConfig } from '../config/register-config';
import { nestPinoParams } from './nest-pino-logger';

/** Structured JSON logs through pino, one line per request, each with its correlation id. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [REGISTER_CONFIG],
      useFactory: (config: RegisterConfig) => nestPinoParams(config.logLevel),
    }),
  ],
})
export class LoggingModule {}
