import { ApiProperty } from '@nestjs/swagger';
import type { PendingPublication } from '@register/projections';

/** One entry of GET /publications/pending: a decision registered without a publication yet. */
export class PendingPublicationResponseDto {
  @ApiProperty({ description: 'Id of the decision document', example: 'doc-revocation-gm0938-2026' })
  readonly document: string;

  @ApiProperty({ enum: ['mandate-decision', 'sub-mandate-decision', 'revocation-decision', 'exit-decision'], example: 'revocation-decision' })
  readonly type: string;

  @ApiProperty({ example: '2026-06-15', format: 'date' })
  readonly decidedOn: string;

  @ApiProperty({ description: 'The organ that must publish it: the Maastricht college for sub-mandates (GR art 5 lid 6), else the deciding organ', example: 'college:GM0938' })
  readonly publisher: string;

  private constructor(entry: PendingPublication) {
    this.document = entry.document;
    this.type = entry.type;
    this.decidedOn = entry.decidedOn;
    this.publisher = entry.publisher;
  }

  static listOf(entries: readonly PendingPublication[]): PendingPublicationResponseDto[] {
    return entries.map((entry) => new PendingPublicationResponseDto(entry));
  }
}
