import { ApiProperty } from '@nestjs/swagger';
import type { MandateView } from '@register/projections';
import type { PagedList } from '../../http/paging/paged-list';
import { ListResponseDto } from '../../http/paging/list-response';
import { MandateResponseDto } from '../get-mandate/mandate.response.dto';

/** GET /mandates: each item in the shape of GET /mandates/{id}. */
export class MandateListResponseDto extends ListResponseDto {
  @ApiProperty({ type: [MandateResponseDto] })
  readonly items!: readonly MandateResponseDto[];

  static of({ items, nextCursor }: PagedList<MandateView>): MandateListResponseDto {
    return Object.assign(new MandateListResponseDto(), { items: items.map((mandate) => MandateResponseDto.of(mandate)), nextCursor });
  }
}
