import { ApiProperty } from '@nestjs/swagger';
import { ORGAN_KINDS } from '@register/domain';
import type { PowerListItem } from '@register/projections';
import type { PagedList } from '../../http/paging/paged-list';
import { ListResponseDto } from '../../http/paging/list-response';

/** A power of the catalogue as GET /powers lists it. */
export class PowerListItemDto {
  @ApiProperty({ example: 'PW-BIJSTAND' })
  readonly id!: string;

  @ApiProperty({ example: 'Besluiten op aanvragen om bijstand' })
  readonly label!: string;

  @ApiProperty({ example: 'Participatiewet art. 7 lid 1 onder b' })
  readonly legalBasis!: string;

  @ApiProperty({ enum: ORGAN_KINDS, example: 'college' })
  readonly holder!: string;

  @ApiProperty({ example: true })
  readonly mandatable!: boolean;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Why it may not be mandated (Awb 10:3); null when it may' })
  readonly nonMandatableReason!: string | null;

  @ApiProperty({ example: false })
  readonly privateLaw!: boolean;
}

/** GET /powers. */
export class PowerListResponseDto extends ListResponseDto {
  @ApiProperty({ type: [PowerListItemDto] })
  readonly items!: readonly PowerListItemDto[];

  static of({ items, nextCursor }: PagedList<PowerListItem>): PowerListResponseDto {
    const mapped = items.map(({ id, label, legalBasis, holder, mandatable, nonMandatableReason, privateLaw }) =>
      Object.assign(new PowerListItemDto(), { id, label, legalBasis, holder, mandatable, nonMandatableReason, privateLaw }),
    );
    return Object.assign(new PowerListResponseDto(), { items: mapped, nextCursor });
  }
}
