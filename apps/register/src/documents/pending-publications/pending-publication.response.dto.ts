import { ApiProperty } from '@nestjs/swagger';
import type { PendingPublication } from '@register/projections';

/** One entry of GET /publications/pending: a decision, or an adopted amendment of the arrangement, not yet in force by a publication. */
export class PendingPublicationResponseDto {
  @ApiProperty({ description: 'Id of the decision document', example: 'doc-revocation-gm0938-2026' })
  readonly document: string;

  @ApiProperty({
    description: 'Null except for an adopted amendment of the arrangement, which the central college publishes as such (GR SZMH art. 27)',
    type: String,
    nullable: true,
    example: null,
  })
  readonly amendmentId: string | null;

  @ApiProperty({ enum: ['mandate-decision', 'sub-mandate-decision', 'revocation-decision', 'exit-decision', 'arrangement'], example: 'revocation-decision' })
  readonly type: string;

  @ApiProperty({ description: "The document's title", example: 'Intrekkingsbesluit mandaat SZMH Meerssen' })
  readonly title: string;

  @ApiProperty({ description: 'The date of the decision; for an amendment, of its adoption', example: '2026-06-15', format: 'date' })
  readonly decidedOn: string;

  @ApiProperty({ description: 'CBS codes of the municipalities it concerns', type: [String], example: ['GM0938'] })
  readonly concerns: string[];

  @ApiProperty({
    description:
      'The organ that must publish it, in its own gemeenteblad: the grantor for a mandate or revocation decision (GR art 5 lid 3), ' +
      'the Maastricht college for sub-mandates (art 5 lid 6), the arrangement, its amendments and exit decisions (art 27 lid 1)',
    example: 'college:GM0938',
  })
  readonly publisher: string;

  private constructor(entry: PendingPublication) {
    this.document = entry.document;
    this.amendmentId = entry.amendmentId;
    this.type = entry.type;
    this.title = entry.title;
    this.decidedOn = entry.decidedOn;
    this.concerns = [...entry.concerns];
    this.publisher = entry.publisher;
  }

  static listOf(entries: readonly PendingPublication[]): PendingPublicationResponseDto[] {
    return entries.map((entry) => new PendingPublicationResponseDto(entry));
  }
}
