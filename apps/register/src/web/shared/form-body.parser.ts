import { refuseNonJsonBody } from '../../http/body/json-body.parser';

/** The pages' forms are small: a sign-in, a publication, a grant. */
export const FORM_BODY_LIMIT_BYTES = 64 * 1024;

export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/**
 * A page form's body as a plain object without a prototype, each field once
 * (a repeated field keeps its last value). The API's routes stay JSON only:
 * a form posted under /api answers 415 as any other non-JSON body does.
 */
export function parseFormBody(text: string, path: string, contentType: string | undefined): Record<string, string> | undefined {
  const lower = path.toLowerCase();
  if (lower === '/api' || lower.startsWith('/api/')) return refuseNonJsonBody(text.length, contentType);
  const fields = Object.create(null) as Record<string, string>;
  for (const [name, value] of new URLSearchParams(text)) fields[name] = value;
  return fields;
}
