import { Module } from '@nestjs/common';
import { ListPowersController } from './list-powers/list-powers.controller';
import { ListPowersHandler } from './list-powers/list-powers.handler';
import { WriteSideModule } from '../write-side/write-side.module';
import { CataloguePowerController } from './catalogue-power/catalogue-power.controller';
import { CataloguePowerHandler } from './catalogue-power/catalogue-power.handler';

/** The power catalogue: what each power is, who holds it, and whether it may be mandated. */
@Module({
  imports: [WriteSideModule],
  controllers: [ListPowersController, CataloguePowerController],
  providers: [ListPowersHandler, CataloguePowerHandler],
})
export class PowersModule {}
