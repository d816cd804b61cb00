import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_TYPES } from '@register/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsFreeText, IsMunicipalityCode, IsPartyId, IsRegisterId } from '../../http/validation';

/** The term of an agreement; `until` is exclusive and open when absent. */
export class DocumentTermRequestDto {
  @ApiProperty({ example: '2026-01-01', format: 'date' })
  @IsCalendarDate()
  readonly from!: string;

  @ApiPropertyOptional({ example: '2030-01-01', format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  readonly until?: string | null;
}

/** POST /documents. */
export class RegisterDocumentRequestDto {
  @ApiPropertyOptional({ description: 'Chosen by the client; the service makes one when absent', example: 'doc-mandate-gm0938-2026' })
  @IsOptional()
  @IsRegisterId()
  readonly id?: string | null;

  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'mandate-decision' })
  @IsIn(DOCUMENT_TYPES)
  readonly type!: string;

  @ApiProperty({ example: 'Mandaatbesluit SZMH Meerssen 2026', maxLength: 500 })
  @IsFreeText('title')
  readonly title!: string;

  @ApiProperty({ example: '2026-01-27', format: 'date' })
  @IsCalendarDate()
  readonly decidedOn!: string;

  @ApiProperty({ description: 'The organs (or functions) that took the decision', example: ['college:GM0938'], type: [String] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsPartyId({ each: true })
  readonly decidedBy!: string[];

  @ApiProperty({ description: 'The municipalities the document concerns: who may inspect it', example: ['GM0938'], type: [String] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsMunicipalityCode({ each: true })
  readonly concerns!: string[];

  @ApiPropertyOptional({ description: 'The text; the service stores it and its SHA-256', maxLength: 500_000, nullable: true })
  @IsOptional()
  @IsFreeText('content')
  readonly content?: string | null;

  @ApiPropertyOptional({ description: 'The parties to an agreement', example: ['college:GM0935', 'college:GM0938'], type: [String], nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsPartyId({ each: true })
  readonly parties?: string[] | null;

  @ApiPropertyOptional({ type: DocumentTermRequestDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DocumentTermRequestDto)
  readonly term?: DocumentTermRequestDto | null;
}
