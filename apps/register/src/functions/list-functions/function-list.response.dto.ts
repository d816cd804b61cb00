import { ApiProperty } from '@nestjs/swagger';
import type { FunctionListItem } from '@register/projections';
import type { PagedList } from '../../http/paging/paged-list';
import { ListResponseDto } from '../../http/paging/list-response';

/** A function as GET /functions lists it. */
export class FunctionListItemDto {
  @ApiProperty({ example: 'GM0935.manager-sociale-zekerheid' })
  readonly id!: string;

  @ApiProperty({ example: 'Manager Sociale Zekerheid' })
  readonly name!: string;

  @ApiProperty({ example: 'GM0935' })
  readonly municipality!: string;

  @ApiProperty({ type: [String], example: ['Directeur SZMH'] })
  readonly externalTitles!: readonly string[];
}

/** GET /functions. */
export class FunctionListResponseDto extends ListResponseDto {
  @ApiProperty({ type: [FunctionListItemDto] })
  readonly items!: readonly FunctionListItemDto[];

  static of({ items, nextCursor }: PagedList<FunctionListItem>): FunctionListResponseDto {
    const mapped = items.map(({ id, name, municipality, externalTitles }) => Object.assign(new FunctionListItemDto(), { id, name, municipality, externalTitles }));
    return Object.assign(new FunctionListResponseDto(), { items: mapped, nextCursor });
  }
}
