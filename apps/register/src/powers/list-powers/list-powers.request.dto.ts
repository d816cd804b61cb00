import { ApiPropertyOptional } from '@nestjs/swagger';
import { ORGAN_KINDS } from '@register/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../http/paging/list-query.dto';

/** The query parameters of GET /powers. */
export class ListPowersRequestDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'Id, label or legal basis contains it (any case)', example: 'bijstand' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly q?: string;

  @ApiPropertyOptional({ enum: ORGAN_KINDS, description: 'The organ kind that holds the power' })
  @IsOptional()
  @IsIn(ORGAN_KINDS)
  readonly holder?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  readonly mandatable?: 'true' | 'false';
}
