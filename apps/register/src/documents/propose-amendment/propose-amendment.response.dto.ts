import { ApiProperty } from '@nestjs/swagger';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { ProposeAmendmentResult } from './propose-amendment.result';

/** `id` is the amendment's; `position` that of its AmendmentProposed. */
export class ProposeAmendmentResponseDto extends WriteResponseDto implements ProposeAmendmentResult {
  @ApiProperty({ description: 'SHA-256 of the amended text, 64 hex digits; null without content', nullable: true, type: String })
  readonly contentSha256!: string | null;
}
