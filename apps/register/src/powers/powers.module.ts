import { Module } from '@nestjs/common';
import { WriteSideModule } from '../write-side/write-side.module';
import { CataloguePowerController } from './catalogue-power/catalogue-power.controller';
import { CataloguePowerHandler } from './catalogue-power/catalogue-power.handler';

/** The power catalogue: what each power is, who holds it, and whether it may be mandated. */
@Module({
  imports: [WriteSideModule],
  controllers: [CataloguePowerController],
  providers: [CataloguePowerHandler],
})
export class PowersModule {}
