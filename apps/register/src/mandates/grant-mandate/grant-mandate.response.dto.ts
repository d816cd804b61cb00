import type { WriteResult } from '../../write-side/write-result';
import { MandateWriteResponseDto } from '../shared/mandate-write.response.dto';

export class GrantMandateResponseDto extends MandateWriteResponseDto {
  static override from(result: WriteResult): GrantMandateResponseDto {
    return new GrantMandateResponseDto(result);
  }
}
