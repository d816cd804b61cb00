import type { Response } from 'supertest';
import type { LogSnapshot } from './seeded-register';

/**
 * api.md: a write answers 201 with at least `{id, position}` once its event is
 * durable. The position is the global position of the event just stored, so
 * it lies after the head before the request and no later than the head after
 * it. Where the client chose the id, the answer repeats it and the event
 * stored at that position is about it.
 */
export function expectCreatedAnswer(response: Response, before: LogSnapshot, after: LogSnapshot, chosenId?: string): void {
  expect(response.body).toEqual(expect.objectContaining({ id: expect.any(String), position: expect.any(Number) }));
  expect(response.status).toBe(201);
  expect(response.body.position).toBeGreaterThan(before.head);
  expect(after.head).toBeGreaterThanOrEqual(response.body.position);
  if (chosenId === undefined) return;
  expect(response.body.id).toBe(chosenId);
  const stored = after.events.find((event) => event.position === response.body.position);
  expect(JSON.stringify(stored?.data)).toContain(chosenId);
}
