import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../http/problem/problem-document';
import { type ProblemCode, statusOf } from '../http/problem/problem-codes';
import { FieldErrorDto, ProblemDocumentDto } from './problem-document.dto';

/**
 * Documents the problem answers of a route, one response per status with the
 * codes it may carry, from the same table the filter answers with:
 * `@ApiProblemResponses('VALIDATION_FAILED', 'UNKNOWN_REFERENCE', 'SUBMANDATE_NOT_PERMITTED')`
 * gives a 400 and a 422 listing two codes.
 */
export function ApiProblemResponses(...codes: [ProblemCode, ...ProblemCode[]]): MethodDecorator & ClassDecorator {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of new Set(codes)) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  const responses = [...byStatus].map(([status, statusCodes]) =>
    ApiResponse({
      status,
      description: `Problem document with code ${statusCodes.join(' or ')}`,
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: {
            allOf: [
              { $ref: getSchemaPath(ProblemDocumentDto) },
              { type: 'object', properties: { status: { type: 'integer', enum: [status] }, code: { type: 'string', enum: statusCodes } } },
            ],
          },
        },
      },
    }),
  );
  return applyDecorators(ApiExtraModels(ProblemDocumentDto, FieldErrorDto), ...responses);
}
