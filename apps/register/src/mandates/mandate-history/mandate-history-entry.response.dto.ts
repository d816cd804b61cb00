import { ApiProperty } from '@nestjs/swagger';
import type { MandateHistoryEntry } from './mandate-history-entry';

/** One line of GET /mandates/{id}/history. */
export class MandateHistoryEntryResponseDto {
  @ApiProperty({ description: 'Global position of the event', example: 42 })
  readonly position: number;

  @ApiProperty({ enum: ['MandateGranted', 'MandateRevoked', 'MandateCorrected'], example: 'MandateCorrected' })
  readonly type: string;

  @ApiProperty({ description: 'When the register recorded it (UTC, set by the store)', example: '2026-01-28T10:00:00.000Z', format: 'date-time' })
  readonly recordedAt: string;

  @ApiProperty({ description: 'The authenticated subject that recorded it', example: 'registrar@maastricht.nl' })
  readonly recordedBy: string;

  @ApiProperty({ description: "The event's data as recorded", type: 'object', additionalProperties: true })
  readonly data: unknown;

  private constructor(entry: MandateHistoryEntry) {
    this.position = entry.position;
    this.type = entry.type;
    this.recordedAt = entry.recordedAt;
    this.recordedBy = entry.recordedBy;
    this.data = entry.data;
  }

  static listOf(entries: readonly MandateHistoryEntry[]): MandateHistoryEntryResponseDto[] {
    return entries.map((entry) => new MandateHistoryEntryResponseDto(entry));
  }
}
