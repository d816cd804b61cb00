import { ApiProperty } from '@nestjs/swagger';
import { IsRegisterId } from '../../http/validation';

/** The `{id}` of the /mandates/{id}/... routes. */
export class MandateParamsDto {
  @ApiProperty({ example: 'mandate-gm0938-2026' })
  @IsRegisterId()
  readonly id!: string;
}
