import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACT_KINDS, ORGAN_KINDS } from '@register/domain';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IsFreeText, IsRegisterId } from '../../http/validation';

/** POST /powers: an entry of the power catalogue. */
export class CataloguePowerRequestDto {
  @ApiProperty({ example: 'PW-BIJSTAND' })
  @IsRegisterId()
  readonly id!: string;

  @ApiProperty({ example: 'Beslissen op aanvragen om bijstand', maxLength: 500 })
  @IsFreeText('title')
  readonly label!: string;

  @ApiProperty({ example: 'Participatiewet art. 7 lid 1', maxLength: 2000 })
  @IsFreeText('sentence')
  readonly legalBasis!: string;

  @ApiProperty({ description: 'The organ kind that holds the power', enum: ORGAN_KINDS, example: 'college' })
  @IsIn(ORGAN_KINDS)
  readonly holder!: string;

  @ApiProperty({ description: 'False for a power that may not be mandated (Awb 10:3)', example: true })
  @IsBoolean()
  readonly mandatable!: boolean;

  @ApiPropertyOptional({ description: 'Required when mandatable is false', maxLength: 2000, nullable: true })
  @IsOptional()
  @IsFreeText('sentence')
  readonly nonMandatableReason?: string | null;

  @ApiPropertyOptional({ description: 'True for a private-law act, passed on by volmacht (Awb 10:12)', nullable: true })
  @IsOptional()
  @IsBoolean()
  readonly privateLaw?: boolean | null;

  @ApiPropertyOptional({
    description: 'An addition to api.md: the nature of the act, `other` for acts passed on by machtiging; must agree with privateLaw',
    enum: ACT_KINDS,
    nullable: true,
  })
  @IsOptional()
  @IsIn(ACT_KINDS)
  readonly actKind?: string | null;
}
