import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, IsFreeText, IsMunicipalityCode } from '../../http/validation';

/** POST /participants. */
export class JoinParticipantRequestDto {
  @ApiProperty({ description: 'CBS code of the municipality', example: 'GM0938', pattern: '^GM\\d{4}$' })
  @IsMunicipalityCode()
  readonly municipality!: string;

  @ApiProperty({ example: 'Meerssen', maxLength: 200 })
  @IsFreeText('name')
  readonly name!: string;

  @ApiProperty({ description: 'First day the municipality takes part', example: '2015-01-01', format: 'date' })
  @IsCalendarDate()
  readonly joinedOn!: string;
}
