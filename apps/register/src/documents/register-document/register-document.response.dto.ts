import { ApiProperty } from '@nestjs/swagger';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { RegisterDocumentResult } from './register-document.result';

export class RegisterDocumentResponseDto extends WriteResponseDto implements RegisterDocumentResult {
  @ApiProperty({ description: 'SHA-256 of the stored content, 64 hex digits; null without content', nullable: true, type: String })
  readonly contentSha256!: string | null;
}
