import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { WriteResult } from '../../write-side/write-result';

export class RegisterFunctionResponseDto extends WriteResponseDto {
  static from(result: WriteResult): RegisterFunctionResponseDto {
    return new RegisterFunctionResponseDto(result);
  }
}
