import { ApiProperty } from '@nestjs/swagger';
import { IsRegisterId } from '../../http/validation';

/** The path of POST /documents/{id}/amendments/{amendmentId}/approvals and .../adoption. */
export class AmendmentParamsDto {
  @ApiProperty({ example: 'dvo-gm0938-2026' })
  @IsRegisterId()
  readonly id!: string;

  @ApiProperty({ example: 'dvo-gm0938-2026-wijziging-1' })
  @IsRegisterId()
  readonly amendmentId!: string;
}
