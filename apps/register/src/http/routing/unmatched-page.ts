import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Who answers a path outside the API that no route matches, when the service
 * has pages (web/): a person who mistyped an address gets a page, not JSON.
 * Provided by the pages' module under this token; without it the problem
 * document answers, as inside /api.
 */
export const UNMATCHED_PAGE = Symbol('UnmatchedPage');

export interface UnmatchedPage {
  answer(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}
