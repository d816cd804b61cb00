import { Module } from '@nestjs/common';
import { WriteSideModule } from '../write-side/write-side.module';
import { AuthorityController } from './authority.controller';
import { GetAuthorityHandler } from './get-authority.handler';

/** GET /authority, answered from the read models; the write side's module provides the clock that sets the defaults. */
@Module({
  imports: [WriteSideModule],
  controllers: [AuthorityController],
  providers: [GetAuthorityHandler],
})
export class AuthorityModule {}
