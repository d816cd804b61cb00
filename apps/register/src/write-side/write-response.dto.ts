import { ApiProperty } from '@nestjs/swagger';
import type { WriteResult } from './write-result';

/**
 * The 201 body every write shares (api.md), as the OpenAPI document shows it;
 * a route says in its `@ApiCreatedResponse` what `id` names. Writes that
 * answer more extend it. Controllers answer the pipeline's result itself,
 * which has exactly these fields.
 */
export class WriteResponseDto implements WriteResult {
  @ApiProperty({ description: 'The identifier of what was written', example: 'mandate-gm0938-2026' })
  readonly id!: string;

  @ApiProperty({ description: 'Global position of the last event appended; a read at or after it sees the write', example: 42 })
  readonly position!: number;
}
