import { type DynamicModule, Global, Module } from '@nestjs/common';
import { REGISTER_CONFIG, type RegisterConfig } from './register-config';

/** Makes the configuration validated at boot injectable everywhere as `REGISTER_CONFIG`. */
@Global()
@Module({})
export class RegisterConfigModule {
  static forRoot(config: RegisterConfig): DynamicModule {
    return {
      module: RegisterConfigModule,
      providers: [{ provide: REGISTER_CONFIG, useValue: config }],
      exports: [REGISTER_CONFIG],
    };
  }
}
