import { Module } from '@nestjs/common';
import { WriteSideModule } from '../write-side/write-side.module';
import { GetRegisterHandler } from './get-register.handler';
import { RegistersController } from './registers.controller';

/** The mandate registers of art 5 lid 3 (granted) and lid 5 (received), as JSON or CSV. */
@Module({
  imports: [WriteSideModule],
  controllers: [RegistersController],
  providers: [GetRegisterHandler],
})
export class RegistersModule {}
