import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_TYPES } from '@register/domain';
import type { DocumentListItem } from '@register/projections';
import type { PagedList } from '../../http/paging/paged-list';
import { ListResponseDto } from '../../http/paging/list-response';
import { DocumentPublicationResponseDto } from '../get-document/document-parts.response.dto';

/** A document as GET /documents lists it. */
export class DocumentListItemDto {
  @ApiProperty({ example: 'doc-mandate-gm0938-2026' })
  readonly id!: string;

  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'mandate-decision' })
  readonly type!: string;

  @ApiProperty({ example: 'Mandaatbesluit SZMH Meerssen 2026' })
  readonly title!: string;

  @ApiProperty({ format: 'date', example: '2026-01-27' })
  readonly decidedOn!: string;

  @ApiProperty({ type: [String], example: ['college:GM0938'] })
  readonly decidedBy!: readonly string[];

  @ApiProperty({ type: [String], example: ['GM0938'] })
  readonly concerns!: readonly string[];

  @ApiProperty({ type: [DocumentPublicationResponseDto], description: 'As known at knownAt' })
  readonly publications!: readonly DocumentPublicationResponseDto[];
}

/** GET /documents. */
export class DocumentListResponseDto extends ListResponseDto {
  @ApiProperty({ type: [DocumentListItemDto] })
  readonly items!: readonly DocumentListItemDto[];

  static of({ items, nextCursor }: PagedList<DocumentListItem>): DocumentListResponseDto {
    const mapped = items.map(({ id, type, title, decidedOn, decidedBy, concerns, publications }) =>
      Object.assign(new DocumentListItemDto(), { id, type, title, decidedOn, decidedBy, concerns, publications: publications.map((p) => DocumentPublicationResponseDto.of(p)) }),
    );
    return Object.assign(new DocumentListResponseDto(), { items: mapped, nextCursor });
  }
}
