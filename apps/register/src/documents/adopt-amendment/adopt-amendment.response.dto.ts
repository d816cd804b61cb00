import { ApiProperty } from '@nestjs/swagger';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { AdoptAmendmentResult } from './adopt-amendment.result';

/** `id` is the amendment's; `position` that of its AmendmentAdopted. */
export class AdoptAmendmentResponseDto extends WriteResponseDto implements AdoptAmendmentResult {
  @ApiProperty({ description: 'The version of the document the amendment became (the original is 1)', example: 2 })
  readonly version!: number;

  @ApiProperty({ example: '2026-03-15', format: 'date' })
  readonly adoptedOn!: string;

  @ApiProperty({ description: 'The version applies from this day, retroactively where it lies before adoptedOn', example: '2026-01-01', format: 'date' })
  readonly validFrom!: string;

  @ApiProperty({ description: 'The later of validFrom and adoptedOn', example: '2026-03-15', format: 'date' })
  readonly inForceFrom!: string;
}
