import { ApiPropertyOptional } from '@nestjs/swagger';
import { MANDATE_STATUSES, type MandateListFilter } from '@register/projections';
import { IsIn, IsOptional } from 'class-validator';
import { ListQueryDto } from '../../http/paging/list-query.dto';
import { IsMunicipalityCode, IsPartyId, IsRegisterId } from '../../http/validation';

/** The query parameters of GET /mandates. */
export class ListMandatesRequestDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'The organ (or, for a sub-mandate, the function) that granted it', example: 'college:GM0938' })
  @IsOptional()
  @IsPartyId()
  readonly grantor?: string;

  @ApiPropertyOptional({ example: 'college:GM0935' })
  @IsOptional()
  @IsPartyId()
  readonly grantee?: string;

  @ApiPropertyOptional({ description: 'A power it grants', example: 'PW-BIJSTAND' })
  @IsOptional()
  @IsRegisterId()
  readonly power?: string;

  @ApiPropertyOptional({ description: 'A municipality it is for (CBS code)', example: 'GM0938' })
  @IsOptional()
  @IsMunicipalityCode()
  readonly municipality?: string;

  @ApiPropertyOptional({ enum: MANDATE_STATUSES, description: 'Its status on validOn, on the asked axis' })
  @IsOptional()
  @IsIn(MANDATE_STATUSES)
  readonly status?: MandateListFilter['status'];

  @ApiPropertyOptional({ description: 'The mandate it was granted under: lists the sub-mandates of that mandate', example: 'mandate-gm0938-2026' })
  @IsOptional()
  @IsRegisterId()
  readonly parent?: string;
}
