import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError, ProblemDocument } from '../http/problem/problem-document';

export class FieldErrorDto implements FieldError {
  @ApiProperty({ description: 'Path of the invalid field; empty for the body as a whole', example: 'consentBasis.citation' })
  readonly field!: string;

  @ApiProperty({ example: 'must be a text of 1 to 2000 characters, not only spaces' })
  readonly message!: string;
}

/** The problem+json body of every error answer (api.md "Conventions"), for the OpenAPI document. */
export class ProblemDocumentDto implements ProblemDocument {
  @ApiProperty({ example: 'about:blank', description: 'Always about:blank: `code` names the problem' })
  readonly type!: string;

  @ApiProperty({ example: 'Unprocessable Entity', description: 'The HTTP status phrase' })
  readonly title!: string;

  @ApiProperty({ example: 422 })
  readonly status!: number;

  @ApiProperty({ example: 'SUBMANDATE_NOT_PERMITTED', description: 'Stable code; clients switch on it' })
  readonly code!: string;

  @ApiPropertyOptional({
    example: 'Awb 10:9: the mandate mandate-gm0938-2026 does not allow sub-mandate for PW-TERUGVORDERING.',
    description: 'A sentence for people; absent on a 500, which reveals nothing',
  })
  readonly detail?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Only with VALIDATION_FAILED: every invalid field' })
  readonly errors?: FieldErrorDto[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: "The rule's structured facts, when it has any" })
  readonly meta?: Record<string, unknown>;

  @ApiProperty({ example: '0f8fad5b-d9cb-469f-a165-70867728950e', description: 'Also in the X-Correlation-Id header' })
  readonly correlationId!: string;
}
