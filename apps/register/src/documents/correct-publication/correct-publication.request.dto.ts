import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsFreeText, IsRegisterId } from '../../http/validation';

/** The fields of a publication a correction may change (api.md). */
const CORRECTABLE_FIELDS = ['publicationId', 'publishedOn', 'inForceFrom', 'medium', 'publisher'] as const;

/** The path of POST /documents/{id}/publications/{publicationId}/corrections. */
export class PublicationParamsDto {
  @ApiProperty({ example: 'doc-mandate-gm0938-2026' })
  @IsRegisterId()
  readonly id!: string;

  @ApiProperty({ description: 'The publication as the register holds it now', example: 'gmb-2026-90002' })
  @IsRegisterId()
  readonly publicationId!: string;
}

/**
 * POST /documents/{id}/publications/{publicationId}/corrections. What `value`
 * must be depends on `field` (a date, an identifier, a medium, an organ), which
 * the domain checks (400 on `value`); the corrected publication is then
 * checked like a new one (422).
 */
export class CorrectPublicationRequestDto {
  @ApiProperty({ enum: CORRECTABLE_FIELDS, example: 'publicationId' })
  @IsIn(CORRECTABLE_FIELDS)
  readonly field!: string;

  @ApiProperty({ description: 'The right value: a publication id, a date (YYYY-MM-DD), a medium or an organ, as the field needs', example: 'gmb-2026-90020' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  readonly value!: string;

  @ApiProperty({ description: 'Why the record was wrong', example: 'Het nummer is verkeerd overgenomen uit het gemeenteblad', maxLength: 2000 })
  @IsFreeText('sentence')
  readonly reason!: string;
}
