import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsFreeText, IsRegisterId } from '../../http/validation';

/** POST /documents/{id}/amendments: a change of an agreement, the charter or the arrangement, valid from `validFrom`. */
export class ProposeAmendmentRequestDto {
  @ApiPropertyOptional({ description: 'Chosen by the client; the service makes one when absent', example: 'dvo-gm0938-2026-wijziging-1' })
  @IsOptional()
  @IsRegisterId()
  readonly id?: string | null;

  @ApiProperty({ description: 'What the amendment changes', example: 'Kostenverdeling herzien', maxLength: 2000 })
  @IsFreeText('sentence')
  readonly summary!: string;

  @ApiPropertyOptional({ description: 'The amended text; the service stores it and its SHA-256', maxLength: 500_000, nullable: true })
  @IsOptional()
  @IsFreeText('content')
  readonly content?: string | null;

  @ApiProperty({
    description: 'First day the amended text applies; may lie in the past (retroactive), must lie within an agreement\'s term',
    example: '2026-07-01',
    format: 'date',
  })
  @IsCalendarDate()
  readonly validFrom!: string;
}
