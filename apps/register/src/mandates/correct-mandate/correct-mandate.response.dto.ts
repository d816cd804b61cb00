import type { WriteResult } from '../../write-side/write-result';
import { MandateWriteResponseDto } from '../shared/mandate-write.response.dto';

export class CorrectMandateResponseDto extends MandateWriteResponseDto {
  static override from(result: WriteResult): CorrectMandateResponseDto {
    return new CorrectMandateResponseDto(result);
  }
}
