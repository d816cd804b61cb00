import { Module } from '@nestjs/common';
import { ReadSideModule } from '../read-side/read-side.module';
import { HealthCheckService } from './health-check.service';
import { HealthController } from './health.controller';

@Module({
  imports: [ReadSideModule],
  controllers: [HealthController],
  providers: [HealthCheckService],
})
export class HealthModule {}
