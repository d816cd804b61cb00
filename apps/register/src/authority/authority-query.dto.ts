import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, Min } from 'class-validator';
import { formatDecorator } from '../http/validation/format.registry';
import { isFreeText, IsMunicipalityCode, isPartyId, IsRegisterId, TEXT_LIMITS, TemporalQueryDto } from '../http/validation';

/**
 * How an external title is written: words of letters and digits with the
 * punctuation of a job title (`Directeur SZMH`, `Hoofd Werk & Inkomen`).
 * Anything else, such as `manager!`, is a malformed actor, not a title to look up.
 */
const EXTERNAL_TITLE = /^\p{L}[\p{L}\p{N} .,'&()/-]*$/u;

/** api.md "Finding things": an actor is an organ, a function, or the external title exactly one function carries. */
const IsActor = formatDecorator({
  name: 'isActor',
  check: (value) => isPartyId(value) || (isFreeText(value, TEXT_LIMITS.name) && EXTERNAL_TITLE.test(value)),
  message: 'must be an organ such as college:GM0938, a function such as GM0935.manager-sociale-zekerheid, or a function\'s external title such as Directeur SZMH',
});

/** The query parameters of GET /authority (api.md "Questions"): who, which power, for which municipality, and the time axes. */
export class AuthorityQueryDto extends TemporalQueryDto {
  @ApiProperty({
    description: 'An organ or a function, or the external title of exactly one function (`Directeur SZMH`); the answer names the function by its id',
    example: 'GM0935.manager-sociale-zekerheid',
  })
  @IsActor()
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
