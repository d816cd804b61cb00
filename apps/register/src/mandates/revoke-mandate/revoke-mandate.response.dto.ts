import type { WriteResult } from '../../write-side/write-result';
import { MandateWriteResponseDto } from '../shared/mandate-write.response.dto';

export class RevokeMandateResponseDto extends MandateWriteResponseDto {
  static override from(result: WriteResult): RevokeMandateResponseDto {
    return new RevokeMandateResponseDto(result);
  }
}
