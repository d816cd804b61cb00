import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsOrganId, IsRegisterId } from '../../http/validation';

/** POST /documents/{id}/amendments/{amendmentId}/approvals. */
export class ApproveAmendmentRequestDto {
  @ApiProperty({ description: 'A party to the agreement, a college for the charter, a college or its council (raad) for the arrangement', example: 'college:GM0938' })
  @IsOrganId()
  readonly organ!: string;

  @ApiPropertyOptional({ description: 'Id of the registered decision by which the organ approved', example: 'doc-approval-gm0938', nullable: true })
  @IsOptional()
  @IsRegisterId()
  readonly decision?: string | null;

  @ApiPropertyOptional({
    description: 'Addition to api.md: the date of the approval; default the decision\'s decidedOn, else today',
    example: '2026-03-10',
    format: 'date',
    nullable: true,
  })
  @IsOptional()
  @IsCalendarDate()
  readonly approvedOn?: string | null;
}
