import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../http/validation';

/** POST /documents/{id}/amendments/{amendmentId}/adoption: api.md's `{}`, with one optional addition. */
export class AdoptAmendmentRequestDto {
  @ApiPropertyOptional({
    description: 'Addition to api.md: the date of adoption, for recording a past one; default today. Approvals count up to this date',
    example: '2026-03-15',
    format: 'date',
    nullable: true,
  })
  @IsOptional()
  @IsCalendarDate()
  readonly adoptedOn?: string | null;
}
