import type { OpenAPIObject } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_HEADER } from '../idempotency/idempotent-request';

/**
 * Every POST takes an optional Idempotency-Key (api.md "Conventions"): every
 * POST is a write, and every write goes through the WritePipeline, which
 * serves the key. So the document says so for all of them rather than each
 * controller repeating it.
 */
export function documentIdempotencyKey(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    const operation = item.post;
    if (operation === undefined) continue;
    operation.parameters = [
      ...(operation.parameters ?? []),
      {
        name: IDEMPOTENCY_KEY_HEADER,
        in: 'header',
        required: false,
        description:
          'Repeating the request with the same key and body answers the first response again (header Idempotent-Replayed: true) ' +
          'and records nothing new, also after a restart; the same key with another body is a 422 IDEMPOTENCY_KEY_REUSED.',
        schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x20-\\x7E]+$' },
      },
    ];
  }
  return document;
}
