import { ApiProperty } from '@nestjs/swagger';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { ProposeAmendmentResult } from './propose-amendment.result';

/** `id` is the amendment's; `position` that of its AmendmentProposed. */
export class ProposeAmendmentResponseDto extends WriteResponseDto {
  @ApiProperty({ description: 'SHA-256 of the amended text, 64 hex digits; null without content', nullable: true, type: String })
  readonly contentSha256: string | null;

  private constructor(result: ProposeAmendmentResult) {
    super(result);
    this.contentSha256 = result.contentSha256;
  }

  static from(result: ProposeAmendmentResult): ProposeAmendmentResponseDto {
    return new ProposeAmendmentResponseDto(result);
  }
}
