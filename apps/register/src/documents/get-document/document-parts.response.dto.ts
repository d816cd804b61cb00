import { ApiProperty } from '@nestjs/swagger';
import { PUBLICATION_MEDIA } from '@register/domain';
import type { DocumentPublicationView, DocumentVersionView, VersionInForce } from '@register/projections';

/** A publication of the document, as GET /documents/{id} lists it. */
export class DocumentPublicationResponseDto {
  @ApiProperty({ enum: PUBLICATION_MEDIA, example: 'gemeenteblad' })
  readonly medium: string;

  @ApiProperty({ example: 'gmb-2026-90002' })
  readonly publicationId: string;

  @ApiProperty({ example: '2026-01-29', format: 'date' })
  readonly publishedOn: string;

  @ApiProperty({ description: 'Never before publishedOn (Awb 3:40)', example: '2026-01-30', format: 'date' })
  readonly inForceFrom: string;

  private constructor(publication: DocumentPublicationView) {
    this.medium = publication.medium;
    this.publicationId = publication.publicationId;
    this.publishedOn = publication.publishedOn;
    this.inForceFrom = publication.inForceFrom;
  }

  static of(publication: DocumentPublicationView): DocumentPublicationResponseDto {
    return new DocumentPublicationResponseDto(publication);
  }
}

/** The version that applies on validOn: `versionInForce` of GET /documents/{id}. */
export class VersionInForceResponseDto {
  @ApiProperty({ description: '1 for the original text', example: 1 })
  readonly version: number;

  @ApiProperty({ description: 'The adopted amendment that made this version; null for the original text', type: String, nullable: true, example: null })
  readonly amendmentId: string | null;

  @ApiProperty({ example: '2026-01-01', format: 'date' })
  readonly validFrom: string;

  @ApiProperty({ description: 'Exclusive; null when open-ended', type: String, nullable: true, format: 'date', example: null })
  readonly validUntil: string | null;

  @ApiProperty({ description: 'SHA-256 of the version\'s content, hex; null without content', type: String, nullable: true })
  readonly contentSha256: string | null;

  protected constructor(version: VersionInForce) {
    this.version = version.version;
    this.amendmentId = version.amendmentId;
    this.validFrom = version.validFrom;
    this.validUntil = version.validUntil;
    this.contentSha256 = version.contentSha256;
  }

  static of(version: VersionInForce): VersionInForceResponseDto {
    return new VersionInForceResponseDto(version);
  }
}

/** One version of the document's text in `versions`, with the date it was decided. */
export class DocumentVersionResponseDto extends VersionInForceResponseDto {
  @ApiProperty({ description: 'The date the version was decided (for the original: the document\'s decidedOn)', example: '2026-01-27', format: 'date' })
  readonly decidedOn: string;

  private constructor(version: DocumentVersionView) {
    super(version);
    this.decidedOn = version.decidedOn;
  }

  static override of(version: DocumentVersionView): DocumentVersionResponseDto {
    return new DocumentVersionResponseDto(version);
  }
}
