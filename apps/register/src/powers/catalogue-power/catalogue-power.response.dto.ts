import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { WriteResult } from '../../write-side/write-result';

export class CataloguePowerResponseDto extends WriteResponseDto {
  static from(result: WriteResult): CataloguePowerResponseDto {
    return new CataloguePowerResponseDto(result);
  }
}
