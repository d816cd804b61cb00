import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsWholeNumberFromOne } from '../../http/validation';

export class InclusionProofQueryDto {
  @ApiProperty({ description: 'The global position of the event', example: '42' })
  @IsWholeNumberFromOne()
  readonly position!: string;

  @ApiPropertyOptional({ description: 'The tree size to prove against; default the size of the latest signed checkpoint, and never more', example: '107' })
  @IsOptional()
  @IsWholeNumberFromOne()
  readonly treeSize?: string;
}

export class ConsistencyProofQueryDto {
  @ApiProperty({ description: 'The older tree size (of a checkpoint the caller kept)', example: '50' })
  @IsWholeNumberFromOne()
  readonly from!: string;

  @ApiPropertyOptional({ description: 'The newer tree size; default the size of the latest signed checkpoint, and never more', example: '107' })
  @IsOptional()
  @IsWholeNumberFromOne()
  readonly to?: string;
}
