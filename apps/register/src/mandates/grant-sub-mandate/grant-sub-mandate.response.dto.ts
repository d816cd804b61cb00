import type { WriteResult } from '../../write-side/write-result';
import { MandateWriteResponseDto } from '../shared/mandate-write.response.dto';

/** `id` is the new sub-mandate's. */
export class GrantSubMandateResponseDto extends MandateWriteResponseDto {
  static override from(result: WriteResult): GrantSubMandateResponseDto {
    return new GrantSubMandateResponseDto(result);
  }
}
