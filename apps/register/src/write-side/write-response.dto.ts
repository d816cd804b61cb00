import { ApiProperty } from '@nestjs/swagger';
import type { WriteResult } from './write-result';

/** The 201 body every write shares; each use case names its own subclass so the OpenAPI document says what `id` is. */
export class WriteResponseDto {
  @ApiProperty({ description: 'The identifier of what was written', example: 'mandate-gm0938-2026' })
  readonly id!: string;

  @ApiProperty({ description: 'Global position of the last event appended; a read at or after it sees the write', example: 42 })
  readonly position!: number;

  protected constructor(result: WriteResult) {
    this.id = result.id;
    this.position = result.position;
  }
}
