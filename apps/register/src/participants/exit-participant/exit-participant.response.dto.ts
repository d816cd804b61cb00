import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { WriteResult } from '../../write-side/write-result';

/** `id` is the participant's CBS code. */
export class ExitParticipantResponseDto extends WriteResponseDto {
  static from(result: WriteResult): ExitParticipantResponseDto {
    return new ExitParticipantResponseDto(result);
  }
}
