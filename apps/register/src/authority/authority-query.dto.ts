import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, Min } from 'class-validator';
import { IsMunicipalityCode, IsPartyId, IsRegisterId, TemporalQueryDto } from '../http/validation';

/** The query parameters of GET /authority (api.md "Questions"): who, which power, for which municipality, and the time axes. */
export class AuthorityQueryDto extends TemporalQueryDto {
  @ApiProperty({ description: 'An organ or a function', example: 'GM0935.manager-sociale-zekerheid' })
  @IsPartyId()
  readonly actor!: string;

  @ApiProperty({ example: 'PW-BIJSTAND' })
  @IsRegisterId()
  readonly power!: string;

  @ApiProperty({ description: 'The municipality whose power is exercised (CBS code)', example: 'GM0938' })
  @IsMunicipalityCode()
  readonly municipality!: string;

  @ApiPropertyOptional({ description: 'Euros; checked against every ceiling along the chain', example: 7500, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  readonly amount?: number;
}
