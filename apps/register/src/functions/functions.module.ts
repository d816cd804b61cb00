import { Module } from '@nestjs/common';
import { WriteSideModule } from '../write-side/write-side.module';
import { RegisterFunctionController } from './register-function/register-function.controller';
import { RegisterFunctionHandler } from './register-function/register-function.handler';

/** Positions in the participants' organisations, to which mandates are granted by position, not by person. */
@Module({
  imports: [WriteSideModule],
  controllers: [RegisterFunctionController],
  providers: [RegisterFunctionHandler],
})
export class FunctionsModule {}
