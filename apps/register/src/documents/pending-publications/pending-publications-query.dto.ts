import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsOrganId, TemporalQueryDto } from '../../http/validation';

/** The query parameters of GET /publications/pending: the temporal ones, and whose work it is. */
export class PendingPublicationsQueryDto extends TemporalQueryDto {
  @ApiPropertyOptional({ description: 'Only what this organ must publish', example: 'college:GM0935' })
  @IsOptional()
  @IsOrganId()
  readonly publisher?: string;
}
