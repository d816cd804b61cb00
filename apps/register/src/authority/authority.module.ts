import { Module } from '@nestjs/common';
import { WriteSideModule } from '../write-side/write-side.module';
import { AuthorityController } from './authority.controller';
import { GetAuthorityOnBothAxesHandler } from './get-authority-on-both-axes.handler';
import { GetAuthorityHandler } from './get-authority.handler';

/** GET /authority (and its question on both axes, for the competence check's page), answered from the read models; the write side's module provides the clock that sets the defaults. */
@Module({
  imports: [WriteSideModule],
  controllers: [AuthorityController],
  providers: [GetAuthorityHandler, GetAuthorityOnBothAxesHandler],
})
export class AuthorityModule {}
