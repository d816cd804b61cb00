import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { subjectOf } from '../../auth/request-subject';
import { pageSessionOf } from '../../web/session/page-session';
import { accessEntryOf, isRecordedRead } from './access-entry';
import { AccessLogWriter } from './access-log.writer';
import { municipalitiesIn } from './concerned-municipalities';
import { noteShownMunicipalities } from './read-answer';

/** Answers longer than this are not searched for municipality codes; their parameters still count. */
const MAX_SEARCHED_ANSWER = 8 * 1024 * 1024;
const TEXT_TYPES = /^(application\/(json|problem\+json)|text\/)/;

/**
 * Records every authenticated read of the API and the pages (BIO 12.4) as
 * it is answered: Fastify's onSend hook sees the answer (which municipalities
 * it shows), onResponse its status once sent. The subject is the bearer
 * token's or the page session's; a read without one, a write, or a request
 * for the pages' assets is not recorded.
 */
@Injectable()
export class AccessLogRecorder implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly writer: AccessLogWriter,
  ) {}

  onModuleInit(): void {
    // A standalone application context (the command line) has no HTTP server.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      if (isRecordedRead(request, readerOf(request))) noteShownMunicipalities(request, shownIn(payload, String(reply.getHeader('content-type') ?? '')));
      return payload;
    });
    fastify?.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
      const subject = readerOf(request);
      if (isRecordedRead(request, subject)) this.writer.add(accessEntryOf(request, reply, subject, new Date()));
    });
  }
}

function readerOf(request: FastifyRequest) {
  return subjectOf(request) ?? pageSessionOf(request)?.subject;
}

function shownIn(payload: unknown, contentType: string): Set<string> {
  if (!TEXT_TYPES.test(contentType)) return new Set();
  const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '';
  return text.length > MAX_SEARCHED_ANSWER ? new Set() : municipalitiesIn([text]);
}
