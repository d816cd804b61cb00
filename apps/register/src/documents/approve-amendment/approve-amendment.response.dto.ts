import { ApiProperty } from '@nestjs/swagger';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { ApproveAmendmentResult } from './approve-amendment.result';

/** `id` is the amendment's; `position` that of its AmendmentApproved. */
export class ApproveAmendmentResponseDto extends WriteResponseDto {
  @ApiProperty({ example: 'college:GM0938' })
  readonly organ: string;

  @ApiProperty({ description: 'The date the approval counts from', example: '2026-03-10', format: 'date' })
  readonly approvedOn: string;

  private constructor(result: ApproveAmendmentResult) {
    super(result);
    this.organ = result.organ;
    this.approvedOn = result.approvedOn;
  }

  static from(result: ApproveAmendmentResult): ApproveAmendmentResponseDto {
    return new ApproveAmendmentResponseDto(result);
  }
}
