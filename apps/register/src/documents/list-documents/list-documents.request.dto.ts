import { ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_TYPES } from '@register/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../http/paging/list-query.dto';
import { IsCalendarDate, IsMunicipalityCode, IsPartyId } from '../../http/validation';

/** The query parameters of GET /documents. */
export class ListDocumentsRequestDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'Id or title contains it (any case)', example: 'mandaatbesluit' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly q?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_TYPES })
  @IsOptional()
  @IsIn(DOCUMENT_TYPES)
  readonly type?: string;

  @ApiPropertyOptional({ description: 'A municipality the document concerns (CBS code)', example: 'GM0938' })
  @IsOptional()
  @IsMunicipalityCode()
  readonly concerns?: string;

  @ApiPropertyOptional({ description: 'An organ or function that took the decision', example: 'college:GM0938' })
  @IsOptional()
  @IsPartyId()
  readonly decidedBy?: string;

  @ApiPropertyOptional({ description: 'Decided on or after this date', format: 'date', example: '2026-01-01' })
  @IsOptional()
  @IsCalendarDate()
  readonly decidedFrom?: string;

  @ApiPropertyOptional({ description: 'Decided on or before this date (both ends of the range are included)', format: 'date', example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  readonly decidedUntil?: string;
}
