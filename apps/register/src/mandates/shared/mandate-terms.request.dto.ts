import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { MANDATE_KINDS, MANDATE_SCOPES } from '@register/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsFreeText, IsMunicipalityCode, IsPartyId, IsRegisterId } from '../../http/validation';
import { CONSENT_BASIS_SUBTYPES, ConsentBasisRequestDto, ConsentDocumentBasisRequestDto, StatutoryBasisRequestDto } from './consent-basis.request.dto';

/** Generous for a mandate decision, which lists at most some dozens of powers. */
const MAX_LIST = 200;

/** The body shared by POST /mandates and POST /mandates/{id}/sub-mandates (which has no grantor). */
@ApiExtraModels(StatutoryBasisRequestDto, ConsentDocumentBasisRequestDto)
export class MandateTermsRequestDto {
  @ApiPropertyOptional({ description: 'Chosen by the client; the service makes one when absent', example: 'mandate-gm0938-2026' })
  @IsOptional()
  @IsRegisterId()
  readonly id?: string | null;

  @ApiProperty({ enum: MANDATE_KINDS, example: 'mandaat' })
  @IsIn(MANDATE_KINDS)
  readonly kind!: string;

  @ApiProperty({ enum: MANDATE_SCOPES, example: 'general' })
  @IsIn(MANDATE_SCOPES)
  readonly scope!: string;

  @ApiProperty({ description: 'An organ or a function', example: 'college:GM0935' })
  @IsPartyId()
  readonly grantee!: string;

  @ApiProperty({ example: ['PW-BIJSTAND', 'PW-TERUGVORDERING'], type: [String] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(MAX_LIST)
  @IsRegisterId({ each: true })
  readonly powers!: string[];

  @ApiPropertyOptional({ description: "Default: the grantor's municipality (a sub-mandate: the parent's)", example: ['GM0938'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(MAX_LIST)
  @IsMunicipalityCode({ each: true })
  readonly municipalities?: string[] | null;

  @ApiPropertyOptional({ description: 'The powers that may be sub-mandated; absent or [] for none', example: ['PW-BIJSTAND'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(MAX_LIST)
  @IsRegisterId({ each: true })
  readonly subMandateAllowed?: string[] | null;

  @ApiPropertyOptional({ description: 'Euros; absent or null when unlimited', example: 25000, minimum: 0, nullable: true, type: Number })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  readonly ceiling?: number | null;

  @ApiPropertyOptional({ example: ['Report quarterly to the college of Meerssen'], type: [String], nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @IsFreeText('sentence', { each: true })
  readonly instructions?: string[] | null;

  @ApiPropertyOptional({
    description: 'Awb 10:4: needed when the grantee does not work under the grantor\'s responsibility',
    oneOf: [{ $ref: getSchemaPath(StatutoryBasisRequestDto) }, { $ref: getSchemaPath(ConsentDocumentBasisRequestDto) }],
    nullable: true,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentBasisRequestDto, { discriminator: { property: 'type', subTypes: CONSENT_BASIS_SUBTYPES }, keepDiscriminatorProperty: true })
  readonly consentBasis?: ConsentBasisRequestDto | null;

  @ApiProperty({ description: 'Id of the registered decision document (Awb 10:5)', example: 'doc-mandate-gm0938-2026' })
  @IsRegisterId()
  readonly decision!: string;

  @ApiProperty({ example: '2026-01-01', format: 'date' })
  @IsCalendarDate()
  readonly validFrom!: string;

  @ApiPropertyOptional({ description: 'First day it no longer applies; absent or null when unlimited', example: null, format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate()
  readonly validUntil?: string | null;
}
