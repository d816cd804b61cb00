import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
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

/**
 * Euros as api.md writes them: digits, with at most two decimals after a
 * point. `6.000` and `6,000` (a Dutch six thousand, or an English one) are
 * refused rather than read as six euros or as a list: an amount misread
 * checks the wrong ceiling.
 */
const EURO_AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

const IsEuroAmount = formatDecorator({
  name: 'isEuroAmount',
  check: (value) => typeof value === 'string' && EURO_AMOUNT.test(value),
  message: 'must be euros written as digits with at most two decimals after a point, without thousands separators: 6000 or 6000.50, not 6.000 or 6,000',
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

  @ApiPropertyOptional({
    description: 'Euros, digits with at most two decimals after a point (6000, 6000.50); checked against every ceiling along the chain',
    example: '7500',
    type: String,
    pattern: EURO_AMOUNT.source,
  })
  @IsOptional()
  @IsEuroAmount()
  readonly amount?: string;
}
