import { ApiProperty } from '@nestjs/swagger';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import type { PublishDecisionResult } from './publish-decision.result';

/** `id` is the published document's; `position` that of its DecisionPublished. */
export class PublishDecisionResponseDto extends WriteResponseDto implements PublishDecisionResult {
  @ApiProperty({ example: 'gmb-2026-90002' })
  readonly publicationId!: string;
}
