import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, IsMunicipalityCode, IsRegisterId } from '../../http/validation';

/** The path of POST /participants/{municipality}/exit. */
export class ParticipantParamsDto {
  @ApiProperty({ description: 'CBS code of the participant', example: 'GM1903' })
  @IsMunicipalityCode()
  readonly municipality!: string;
}

/** POST /participants/{municipality}/exit. */
export class ExitParticipantRequestDto {
  @ApiProperty({ description: 'First day the municipality no longer takes part (GR SZMH art. 21)', example: '2021-07-01', format: 'date' })
  @IsCalendarDate()
  readonly exitOn!: string;

  @ApiProperty({ description: 'Id of the registered exit decision document', example: 'doc-exit-gm1903' })
  @IsRegisterId()
  readonly decision!: string;
}
