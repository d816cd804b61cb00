import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PUBLICATION_MEDIA } from '@register/domain';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate, IsOrganId, IsRegisterId } from '../../http/validation';

/** The path of POST /documents/{id}/publications. */
export class DocumentParamsDto {
  @ApiProperty({ example: 'doc-mandate-gm0938-2026' })
  @IsRegisterId()
  readonly id!: string;
}

/** POST /documents/{id}/publications. The identifier's form per medium is a rule of the register (422), not a format. */
export class PublishDecisionRequestDto {
  @ApiProperty({ enum: PUBLICATION_MEDIA, example: 'gemeenteblad' })
  @IsIn(PUBLICATION_MEDIA)
  readonly medium!: string;

  @ApiProperty({ description: 'Unique in the register; a gemeenteblad id is gmb-YYYY-N', example: 'gmb-2026-90002' })
  @IsRegisterId()
  readonly publicationId!: string;

  @ApiProperty({ example: '2026-01-29', format: 'date' })
  @IsCalendarDate()
  readonly publishedOn!: string;

  @ApiProperty({ description: 'Never before publishedOn (Awb 3:40)', example: '2026-01-30', format: 'date' })
  @IsCalendarDate()
  readonly inForceFrom!: string;

  @ApiPropertyOptional({
    description:
      'The organ in whose sheet it appeared; default the organ that must publish (the grantor for a mandate or revocation decision, ' +
      'the central college for a sub-mandate decision, the arrangement, its amendments and exit decisions)',
    example: 'college:GM0938',
    nullable: true,
  })
  @IsOptional()
  @IsOrganId()
  readonly publisher?: string | null;
}
