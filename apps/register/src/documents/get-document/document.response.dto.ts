import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_TYPES } from '@register/domain';
import type { DocumentAnswer } from './document-answer';
import { AmendmentResponseDto, DocumentPublicationResponseDto, DocumentVersionResponseDto, VersionInForceResponseDto } from './document-parts.response.dto';

/** GET /documents/{id}: the document as known at knownAt, with the version that applies on validOn. */
export class DocumentResponseDto {
  @ApiProperty({ example: 'doc-mandate-gm0938-2026' })
  readonly id: string;

  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'mandate-decision' })
  readonly type: string;

  @ApiProperty({ example: 'Mandaatbesluit SZMH Meerssen 2026' })
  readonly title: string;

  @ApiProperty({ example: '2026-01-27', format: 'date' })
  readonly decidedOn: string;

  @ApiProperty({ type: [String], example: ['college:GM0938'] })
  readonly decidedBy: string[];

  @ApiProperty({ description: 'CBS codes of the municipalities it concerns', type: [String], example: ['GM0938'] })
  readonly concerns: string[];

  @ApiProperty({ description: 'SHA-256 of the original content, hex; null when registered without content', type: String, nullable: true })
  readonly contentSha256: string | null;

  @ApiProperty({ description: 'As known at knownAt, by publication date then id', type: [DocumentPublicationResponseDto] })
  readonly publications: DocumentPublicationResponseDto[];

  @ApiProperty({ description: 'The versions of its text as known at knownAt, the original (version 1) first', type: [DocumentVersionResponseDto] })
  readonly versions: DocumentVersionResponseDto[];

  @ApiProperty({ description: 'The amendments as known at knownAt, in the order they were proposed, with their approvals', type: [AmendmentResponseDto] })
  readonly amendments: AmendmentResponseDto[];

  @ApiProperty({ description: 'The version that applies on validOn on the chosen axis; null when none does', type: VersionInForceResponseDto, nullable: true })
  readonly versionInForce: VersionInForceResponseDto | null;

  private constructor({ document, versionInForce }: DocumentAnswer) {
    this.id = document.id;
    this.type = document.type;
    this.title = document.title;
    this.decidedOn = document.decidedOn;
    this.decidedBy = [...document.decidedBy];
    this.concerns = [...document.concerns];
    this.contentSha256 = document.contentSha256;
    this.publications = document.publications.map((publication) => DocumentPublicationResponseDto.of(publication));
    this.versions = document.versions.map((version) => DocumentVersionResponseDto.of(version));
    this.amendments = document.amendments.map((amendment) => AmendmentResponseDto.of(amendment));
    this.versionInForce = versionInForce === null ? null : VersionInForceResponseDto.of(versionInForce);
  }

  static of(answer: DocumentAnswer): DocumentResponseDto {
    return new DocumentResponseDto(answer);
  }
}
