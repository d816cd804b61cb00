import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { redactedQuery } from '../../logging/redacted-url';
import type { AccessLogRow } from './access-log.schema';
import { municipalitiesIn, parameterTexts } from './concerned-municipalities';
import { readAnswerOf } from './read-answer';

/** Paths whose reads show no register data: the styles and scripts of the pages, the probes, the API's own description. */
const NOT_DATA = /^\/(assets\/|health(\/|$|\?)|api\/docs)/;

/** Whether this request is a read the access log records: GET or HEAD, by someone authenticated, of data. */
export function isRecordedRead(request: FastifyRequest, subject: AuthenticatedSubject | undefined): subject is AuthenticatedSubject {
  return subject !== undefined && (request.method === 'GET' || request.method === 'HEAD') && !NOT_DATA.test(request.url);
}

/** The access log's row for a read that has just been answered. */
export function accessEntryOf(request: FastifyRequest, reply: FastifyReply, subject: AuthenticatedSubject, endedAt: Date): AccessLogRow {
  const answer = readAnswerOf(request);
  const query = redactedQuery((request.query ?? {}) as Record<string, unknown>);
  const concerns = municipalitiesIn([...parameterTexts(request.params), ...parameterTexts(query)], new Set(answer.shown));
  const path = request.url.split('?')[0] ?? request.url;
  const status = reply.statusCode;
  return {
    id: randomUUID(),
    at: new Date(endedAt.getTime() - reply.elapsedTime).toISOString(),
    endedAt: endedAt.toISOString(),
    subject: subject.sub,
    roles: subject.roles.join(','),
    operation: `${request.method} ${request.routeOptions.url ?? path}`,
    route: path,
    query: JSON.stringify(query),
    status,
    // A refusal answered nothing; a page or file that did not say how much it held is not counted.
    items: status >= 400 ? 0 : (answer.items ?? null),
    traceId: request.id,
    concerns: [...concerns].sort().join(','),
  };
}
