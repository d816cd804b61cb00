import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TemporalQueryDto } from '../validation/temporal-query.dto';

export const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

/** What every list route takes besides its filters (api.md "Finding things"): the temporal parameters, `limit` and `cursor`. */
export class ListQueryDto extends TemporalQueryDto {
  @ApiPropertyOptional({ description: `Items per page, ${DEFAULT_PAGE_SIZE} when absent`, minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  @Min(1, { message: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `may be at most ${MAX_PAGE_SIZE}; page on with nextCursor` })
  readonly limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page, as it was; it keeps that page\'s knownAt and validOn' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  readonly cursor?: string;
}
