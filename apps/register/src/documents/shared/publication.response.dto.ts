import { ApiProperty } from '@nestjs/swagger';

/** What every read model's view of a publication holds; the views may hold more. */
export interface PublicationFields {
  readonly publicationId: string;
  readonly publishedOn: string;
  readonly inForceFrom: string;
}

/**
 * The publication of a decision (Awb 3:40-3:42), wherever an answer shows
 * one: a link of the authority's chain, a mandate, a register entry, and
 * (with its medium) a document.
 */
export class PublicationResponseDto implements PublicationFields {
  @ApiProperty({ example: 'gmb-2026-90002' })
  readonly publicationId: string;

  @ApiProperty({ example: '2026-01-29', format: 'date' })
  readonly publishedOn: string;

  @ApiProperty({ description: 'Never before publishedOn (Awb 3:40)', example: '2026-01-30', format: 'date' })
  readonly inForceFrom: string;

  protected constructor(publication: PublicationFields) {
    this.publicationId = publication.publicationId;
    this.publishedOn = publication.publishedOn;
    this.inForceFrom = publication.inForceFrom;
  }

  /** Null for null: a mandate or link whose decision has no publication known at knownAt. */
  static of(publication: PublicationFields | null): PublicationResponseDto | null {
    return publication === null ? null : new PublicationResponseDto(publication);
  }
}
