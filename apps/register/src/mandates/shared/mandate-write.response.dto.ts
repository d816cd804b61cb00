import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { WriteResult } from '../../write-side/write-result';

/** `id` is the mandate's (for a sub-mandate: the new sub-mandate's); `position` that of the event appended to it. */
export class MandateWriteResponseDto extends WriteResponseDto {
  static from(result: WriteResult): MandateWriteResponseDto {
    return new MandateWriteResponseDto(result);
  }
}
