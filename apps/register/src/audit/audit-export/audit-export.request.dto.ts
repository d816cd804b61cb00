import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsMunicipalityCode, IsWholeNumberFromOne } from '../../http/validation';

/** GET /audit/export (api.md "Audit"): one municipality, a period of Dutch calendar days. */
export class AuditExportQueryDto {
  @ApiProperty({ description: 'The municipality audited (CBS code)', example: 'GM0981' })
  @IsMunicipalityCode()
  readonly municipality!: string;

  @ApiProperty({ description: 'First day, inclusive, in Europe/Amsterdam: events recorded from 00:00 Dutch time', example: '2026-01-01', format: 'date' })
  @IsCalendarDate()
  readonly from!: string;

  @ApiProperty({ description: 'Last day, inclusive, in Europe/Amsterdam; may be today or later', example: '2026-12-31', format: 'date' })
  @IsCalendarDate()
  readonly until!: string;

  @ApiPropertyOptional({
    description:
      'Addition: the tree size of a checkpoint the auditor kept; the bundle then holds the consistency proof from it, ' +
      'so `npm run cli -- verify <zip> --since <that checkpoint>` shows offline that the log only grew since',
    example: '50',
  })
  @IsOptional()
  @IsWholeNumberFromOne()
  readonly since?: string;
}
