import { Module } from '@nestjs/common';
import { ListFunctionsController } from './list-functions/list-functions.controller';
import { ListFunctionsHandler } from './list-functions/list-functions.handler';
import { WriteSideModule } from '../write-side/write-side.module';
import { RegisterFunctionController } from './register-function/register-function.controller';
import { RegisterFunctionHandler } from './register-function/register-function.handler';

/** Positions in the participants' organisations, to which mandates are granted by position, not by person. */
@Module({
  imports: [WriteSideModule],
  controllers: [ListFunctionsController, RegisterFunctionController],
  providers: [ListFunctionsHandler, RegisterFunctionHandler],
})
export class FunctionsModule {}
