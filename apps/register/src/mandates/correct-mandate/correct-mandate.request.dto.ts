import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { IsFreeText } from '../../http/validation';

/** Present in the body, null included: `null` is a legal value (an open validUntil, an unlimited ceiling). */
function IsPresent(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isPresent', validator: { validate: (value: unknown) => value !== undefined, defaultMessage: () => 'must be given (null is allowed where the field allows it)' } }, options);
}

/**
 * POST /mandates/{id}/corrections. `field` is any text here: a field that
 * would change the legal content (powers, grantee, kind, ...) is refused by
 * the domain as CORRECTION_CHANGES_LEGAL_CONTENT (422), and the type `value`
 * needs depends on `field`, which the domain checks (400 on `value`).
 */
export class CorrectMandateRequestDto {
  @ApiProperty({ description: 'validFrom, validUntil, ceiling, instructions or decision', example: 'validFrom' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  readonly field!: string;

  @ApiProperty({
    description: 'The corrected value: a date, a date or null, a number or null, a list of texts, a document id',
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'array', items: { type: 'string' } }],
    nullable: true,
    example: '2026-01-01',
  })
  @IsPresent()
  readonly value!: unknown;

  @ApiProperty({ description: 'Why the record was wrong', example: 'validFrom was typed as 2026-10-01', maxLength: 2000 })
  @IsFreeText('sentence')
  readonly reason!: string;

  @ApiPropertyOptional({ description: 'Where the right value can be read', example: 'Mandaatbesluit SZMH Meerssen 2026, art. 3', maxLength: 2000, nullable: true })
  @IsOptional()
  @IsFreeText('sentence')
  readonly evidence?: string | null;
}
