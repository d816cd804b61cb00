import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, IsMunicipalityCode } from '../../http/validation';

/** GET /audit/access-log (api.md "Audit"): the reads that concerned one municipality over Dutch calendar days. */
export class AccessLogQueryDto {
  @ApiProperty({ description: 'The municipality (CBS code) whose reads are asked', example: 'GM0981' })
  @IsMunicipalityCode()
  readonly municipality!: string;

  @ApiProperty({ description: 'First day, inclusive, in Europe/Amsterdam', example: '2026-01-01', format: 'date' })
  @IsCalendarDate()
  readonly from!: string;

  @ApiProperty({ description: 'Last day, inclusive, in Europe/Amsterdam', example: '2026-12-31', format: 'date' })
  @IsCalendarDate()
  readonly until!: string;
}
