import { Injectable } from '@nestjs/common';
import { isDomainError } from '@register/domain';
import { WrongExpectedVersion } from '@register/event-store';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../../http/problem/problem.error';
import type { WriteCommandType } from '../../write-side/write-command';
import { WritePipeline } from '../../write-side/write-pipeline';
import type { WriteResult } from '../../write-side/write-result';
import type { WebSession } from '../session/web-session';
import type { PageFieldError } from '../shared/page-model';
import { FORM_KEY_FIELD, type PostedForm } from './posted-form';
import { REFUSAL_TEXTS, refusalMessage } from './refusal-texts';

/** What a form's submission came to: written (or the same submission again), or refused with the errors to show. */
export type FormOutcome<R> = { readonly kind: 'written'; readonly result: R } | { readonly kind: 'refused'; readonly errors: PageFieldError[] };

/** A form's own names for where a refusal belongs: rule code → field, when it is not REFUSAL_TEXTS' default. */
export type RefusalFields = Readonly<Record<string, string>>;

const KEY = /^[A-Za-z0-9-]{16,64}$/;

/**
 * The pages' way into the WritePipeline (the same as the API's and the
 * demo's): the signed-in user is the principal, the request's correlation id
 * travels along, and the form's hidden key makes a double submit one write:
 * the second gets the first's answer. A rule's refusal becomes a field error
 * in Dutch with its article; anything else is the page's error to show.
 */
@Injectable()
export class FormWrites {
  constructor(private readonly pipeline: WritePipeline) {}

  async submit<D, R extends WriteResult>(
    request: FastifyRequest,
    session: WebSession,
    form: PostedForm,
    write: { readonly type: WriteCommandType<D, R>; readonly data: D; readonly fields?: RefusalFields },
  ): Promise<FormOutcome<R>> {
    const key = form[FORM_KEY_FIELD];
    const path = request.url.split('?')[0];
    const idempotency = key !== undefined && KEY.test(key) ? { key, scope: { method: 'POST', path: `page:${path}` }, body: write.data } : undefined;
    const origin = { principal: session.subject!.sub, correlationId: request.id, idempotency };
    try {
      const answer = await this.pipeline.execute(write.type, write.data, origin);
      return { kind: 'written', result: answer.result };
    } catch (error) {
      const errors = refusalOf(error, write.fields ?? {});
      if (errors === undefined) throw error;
      return { kind: 'refused', errors };
    }
  }
}

/** The field errors of a refusal, or undefined for an error that is no refusal (storage, a lagging read side, a bug). */
function refusalOf(error: unknown, fields: RefusalFields): PageFieldError[] | undefined {
  if (error instanceof WrongExpectedVersion) return [ruleError('WRONG_EXPECTED_VERSION', fields)];
  if (!isDomainError(error) && !(error instanceof ProblemError)) return undefined;
  if (error.code === 'VALIDATION_FAILED') return validationErrors(error);
  if (error instanceof ProblemError && error.code !== 'IDEMPOTENCY_KEY_REUSED') return undefined;
  return [ruleError(error.code, fields)];
}

function ruleError(code: string, fields: RefusalFields): PageFieldError {
  const text = REFUSAL_TEXTS[code] ?? { text: `Het register weigerde dit (${code}).`, article: '', field: '' };
  return { field: fields[code] ?? text.field, message: refusalMessage(text) };
}

/** The domain's and the pipe's field errors are English: each becomes "Controleer <field>" with what the rule said. */
function validationErrors(error: { readonly detail: string; readonly errors?: readonly { field: string; message: string }[]; readonly meta?: unknown }): PageFieldError[] {
  const listed = error.errors ?? ((error.meta as { errors?: { field: string; message: string }[] } | undefined)?.errors ?? []);
  const errors = listed.length > 0 ? listed : [{ field: '', message: error.detail }];
  return errors.map(({ field, message }) => ({ field, message: `Dit veld is niet goed ingevuld: ${message}.` }));
}
