import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsFreeText, IsRegisterId } from '../../http/validation';

const CONSENT_BASIS_TYPES = ['statutory', 'consent'] as const;

/**
 * Awb 10:4: the basis on which a grantee outside the grantor's
 * responsibility receives the mandate. The body's `type` selects one of the
 * two shapes below (class-transformer's discriminator), so each shape admits
 * only its own field; an unknown type stays this class and fails on `type`.
 */
export class ConsentBasisRequestDto {
  @ApiProperty({ enum: CONSENT_BASIS_TYPES })
  @IsIn(CONSENT_BASIS_TYPES)
  readonly type!: string;
}

export class StatutoryBasisRequestDto extends ConsentBasisRequestDto {
  @ApiProperty({ enum: ['statutory'] })
  declare readonly type: 'statutory';

  @ApiProperty({ description: 'The statutory provision', example: 'Wgr art. 8 lid 4; GR SZMH art. 5 lid 1', maxLength: 2000 })
  @IsFreeText('sentence')
  readonly citation!: string;
}

export class ConsentDocumentBasisRequestDto extends ConsentBasisRequestDto {
  @ApiProperty({ enum: ['consent'] })
  declare readonly type: 'consent';

  @ApiProperty({ description: 'Id of the registered document in which the grantee consents', example: 'doc-consent-gm0935-2026' })
  @IsRegisterId()
  readonly document!: string;
}

export const CONSENT_BASIS_SUBTYPES = [
  { value: StatutoryBasisRequestDto, name: 'statutory' },
  { value: ConsentDocumentBasisRequestDto, name: 'consent' },
];
