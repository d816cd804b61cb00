import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { WriteResult } from '../../write-side/write-result';

/** `id` is the participant's CBS code. */
export class JoinParticipantResponseDto extends WriteResponseDto {
  static from(result: WriteResult): JoinParticipantResponseDto {
    return new JoinParticipantResponseDto(result);
  }
}
