import { Module } from '@nestjs/common';
import { READ_SIDE_PROGRESS } from './read-side-progress';
import { StoreHeadReadSideProgress } from './store-head-read-side-progress';

@Module({
  providers: [{ provide: READ_SIDE_PROGRESS, useClass: StoreHeadReadSideProgress }],
  exports: [READ_SIDE_PROGRESS],
})
export class ReadSideModule {}
