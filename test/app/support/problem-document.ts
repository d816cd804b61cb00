import type { Response } from 'supertest';
import type { LogSnapshot, SeededRegister } from './seeded-register';

/**
 * api.md: errors are application/problem+json with type, title, status, code
 * and detail. The body is compared first so that a failure prints what came back.
 */
export function expectProblem(response: Response, status: number, code: string): void {
  expect(response.body).toMatchObject({ status, code });
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toEqual(
    expect.objectContaining({ type: expect.any(String), title: expect.any(String), detail: expect.any(String) }),
  );
}

export interface Rejection {
  readonly status: number;
  readonly code: string;
  /** Words the detail must contain, such as the article of the rule ("10:9"). */
  readonly detailNames?: readonly string[];
}

/**
 * Sends a command that must be refused and checks that the refusal is the
 * expected problem document and that the event log is exactly as before
 * (domain.md: a rejected command changes nothing).
 */
export async function expectRefusedWithoutChange(
  register: SeededRegister,
  send: () => Promise<Response>,
  rejection: Rejection,
): Promise<Response> {
  const before: LogSnapshot = await register.logSnapshot();
  const response = await send();
  expectProblem(response, rejection.status, rejection.code);
  for (const word of rejection.detailNames ?? []) expect(response.body.detail).toContain(word);
  await expect(register.logSnapshot()).resolves.toEqual(before);
  return response;
}
