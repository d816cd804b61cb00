import { ApiProperty } from '@nestjs/swagger';
import { PUBLICATION_MEDIA } from '@register/domain';
import type { AmendmentApprovalView, AmendmentView, DocumentPublicationView, DocumentVersionView, VersionInForce } from '@register/projections';
import { PublicationResponseDto } from '../shared/publication.response.dto';

/** A publication of the document, as GET /documents/{id} lists it: the sheet it appeared in as well, and what it brings into force. */
export class DocumentPublicationResponseDto extends PublicationResponseDto {
  @ApiProperty({ enum: PUBLICATION_MEDIA, example: 'gemeenteblad' })
  readonly medium: string;

  @ApiProperty({ description: 'Addition to api.md: null for a publication of the document itself, else the adopted amendment of the arrangement it publishes', type: String, nullable: true, example: null })
  readonly amendmentId: string | null;

  @ApiProperty({ description: 'Addition to api.md: the organ in whose sheet it appeared', example: 'college:GM0938' })
  readonly publisher: string;

  @ApiProperty({
    description: 'Addition to api.md: whether it brings the decision into force, as only a publication in the gemeenteblad of the organ that must publish does (Awb 3:42 lid 1)',
    example: true,
  })
  readonly bringsIntoForce: boolean;

  private constructor(publication: DocumentPublicationView) {
    super(publication);
    this.medium = publication.medium;
    this.amendmentId = publication.amendmentId;
    this.publisher = publication.publisher;
    this.bringsIntoForce = publication.bringsIntoForce;
  }

  static override of(publication: DocumentPublicationView): DocumentPublicationResponseDto {
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

/** One version of the document's text in `versions`, with the date it was decided and, for an amendment, the date it took force. */
export class DocumentVersionResponseDto extends VersionInForceResponseDto {
  @ApiProperty({ description: 'The date the version was decided: the document\'s decidedOn for the original, the adoption for an amendment', example: '2026-01-27', format: 'date' })
  readonly decidedOn: string;

  @ApiProperty({
    description:
      'Addition to api.md: an amendment is in force from the later of its validFrom and its adoption, an amendment of the arrangement ' +
      'from the later of that and its publication by the central college (GR SZMH art. 27), null while unpublished; null for the original, in force from its publication',
    type: String,
    nullable: true,
    format: 'date',
    example: null,
  })
  readonly inForceFrom: string | null;

  private constructor(version: DocumentVersionView) {
    super(version);
    this.decidedOn = version.decidedOn;
    this.inForceFrom = version.inForceFrom;
  }

  static override of(version: DocumentVersionView): DocumentVersionResponseDto {
    return new DocumentVersionResponseDto(version);
  }
}

/** One organ's approval of an amendment. */
export class AmendmentApprovalResponseDto {
  @ApiProperty({ example: 'college:GM0938' })
  readonly organ: string;

  @ApiProperty({ description: 'The registered decision by which the organ approved', type: String, nullable: true, example: 'doc-approval-gm0938' })
  readonly decision: string | null;

  @ApiProperty({ example: '2026-03-10', format: 'date' })
  readonly approvedOn: string;

  private constructor(approval: AmendmentApprovalView) {
    this.organ = approval.organ;
    this.decision = approval.decision;
    this.approvedOn = approval.approvedOn;
  }

  static of(approval: AmendmentApprovalView): AmendmentApprovalResponseDto {
    return new AmendmentApprovalResponseDto(approval);
  }
}

/** An amendment of the document as known at knownAt: proposed, or adopted as one of its versions. */
export class AmendmentResponseDto {
  @ApiProperty({ example: 'dvo-gm0938-2026-wijziging-1' })
  readonly id: string;

  @ApiProperty({ example: 'Kostenverdeling herzien' })
  readonly summary: string;

  @ApiProperty({ example: '2026-07-01', format: 'date' })
  readonly validFrom: string;

  @ApiProperty({ description: 'SHA-256 of the amended text, hex; null without content', type: String, nullable: true })
  readonly contentSha256: string | null;

  @ApiProperty({ enum: ['proposed', 'adopted'], example: 'adopted' })
  readonly status: 'proposed' | 'adopted';

  @ApiProperty({ type: String, nullable: true, format: 'date', example: '2026-03-15' })
  readonly adoptedOn: string | null;

  @ApiProperty({ description: 'The version it became; null until adopted', type: Number, nullable: true, example: 2 })
  readonly version: number | null;

  @ApiProperty({ description: 'In the order they were recorded', type: [AmendmentApprovalResponseDto] })
  readonly approvals: AmendmentApprovalResponseDto[];

  private constructor(amendment: AmendmentView) {
    this.id = amendment.id;
    this.summary = amendment.summary;
    this.validFrom = amendment.validFrom;
    this.contentSha256 = amendment.contentSha256;
    this.status = amendment.status;
    this.adoptedOn = amendment.adoptedOn;
    this.version = amendment.version;
    this.approvals = amendment.approvals.map((approval) => AmendmentApprovalResponseDto.of(approval));
  }

  static of(amendment: AmendmentView): AmendmentResponseDto {
    return new AmendmentResponseDto(amendment);
  }
}
