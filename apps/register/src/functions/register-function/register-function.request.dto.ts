import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional } from 'class-validator';
import { IsFreeText, IsMunicipalityCode, IsRegisterId } from '../../http/validation';

/** POST /functions: a position in a municipality's organisation. */
export class RegisterFunctionRequestDto {
  @ApiProperty({ description: 'The municipality code, a dot and the position', example: 'GM0935.manager-sociale-zekerheid' })
  @IsRegisterId()
  readonly id!: string;

  @ApiProperty({ example: 'Manager Sociale Zekerheid', maxLength: 200 })
  @IsFreeText('name')
  readonly name!: string;

  @ApiProperty({ example: 'GM0935' })
  @IsMunicipalityCode()
  readonly municipality!: string;

  @ApiPropertyOptional({ description: 'Titles the position carries outside the organisation', example: ['Directeur SZMH'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @IsFreeText('name', { each: true })
  readonly externalTitles?: string[] | null;
}
