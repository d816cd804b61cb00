import { ApiProperty } from '@nestjs/swagger';
import type { ParticipantListEntry } from '@register/projections';

/** One entry of GET /participants: a membership of the arrangement. */
export class ParticipantListEntryResponseDto {
  @ApiProperty({ description: 'CBS code of the municipality', example: 'GM1903' })
  readonly municipality: string;

  @ApiProperty({ example: 'Eijsden-Margraten' })
  readonly name: string;

  @ApiProperty({ description: 'First day it takes part', example: '2015-01-01', format: 'date' })
  readonly joinedOn: string;

  @ApiProperty({ description: 'First day it no longer takes part; null while it still does', example: '2021-07-01', format: 'date', type: String, nullable: true })
  readonly exitOn: string | null;

  private constructor(entry: ParticipantListEntry) {
    this.municipality = entry.municipality;
    this.name = entry.name;
    this.joinedOn = entry.joinedOn;
    this.exitOn = entry.exitOn;
  }

  static listOf(entries: readonly ParticipantListEntry[]): ParticipantListEntryResponseDto[] {
    return entries.map((entry) => new ParticipantListEntryResponseDto(entry));
  }
}
