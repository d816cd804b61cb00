import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, IsRegisterId } from '../../http/validation';

/** POST /mandates/{id}/revocations (Awb 10:8). */
export class RevokeMandateRequestDto {
  @ApiProperty({ description: 'Id of the registered revocation decision', example: 'doc-revocation-gm0938-2026' })
  @IsRegisterId()
  readonly decision!: string;

  @ApiProperty({ description: 'First day the mandate no longer applies', example: '2026-07-01', format: 'date' })
  @IsCalendarDate()
  readonly validUntil!: string;
}
