import { ApiProperty } from '@nestjs/swagger';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { ApproveAmendmentResult } from './approve-amendment.result';

/** `id` is the amendment's; `position` that of its AmendmentApproved. */
export class ApproveAmendmentResponseDto extends WriteResponseDto implements ApproveAmendmentResult {
  @ApiProperty({ example: 'college:GM0938' })
  readonly organ!: string;

  @ApiProperty({ description: 'The date the approval counts from', example: '2026-03-10', format: 'date' })
  readonly approvedOn!: string;
}
