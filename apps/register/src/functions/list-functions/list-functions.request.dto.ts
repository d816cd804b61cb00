import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../http/paging/list-query.dto';
import { IsMunicipalityCode } from '../../http/validation';

/** The query parameters of GET /functions. */
export class ListFunctionsRequestDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'Id, name or an external title contains it (any case)', example: 'directeur' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly q?: string;

  @ApiPropertyOptional({ description: 'CBS code', example: 'GM0935' })
  @IsOptional()
  @IsMunicipalityCode()
  readonly municipality?: string;
}
