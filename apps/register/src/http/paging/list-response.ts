import { ApiProperty } from '@nestjs/swagger';

/** The part every list answer shares: `nextCursor`, to pass as `cursor` for the next page; null on the last. */
export class ListResponseDto {
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page', example: null })
  readonly nextCursor!: string | null;
}
