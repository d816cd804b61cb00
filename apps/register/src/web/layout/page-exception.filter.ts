import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { isDomainError } from '@register/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { statusOf as statusOfCode } from '../../http/problem/problem-codes';
import { ProblemError } from '../../http/problem/problem.error';
import { CrossSiteRequestError, PageForbiddenError, PageNotFoundError, SignInFailedError, SignInRequiredError } from '../session/page-errors';
import { pageSessionOf } from '../session/page-session';
import { pageModel } from '../shared/page-model';
import { redirectTo, sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';

interface ErrorPage {
  readonly status: number;
  readonly title: string;
  readonly message: string;
}

const NOT_FOUND: ErrorPage = { status: 404, title: 'Niet gevonden', message: 'Wat u zoekt staat niet in het register, of u mag het niet inzien.' };

/**
 * The pages' answer to every error: HTML in the layout, never problem+json.
 * Whatever a user may not see is the same "niet gevonden" as what does not
 * exist (ui.md), so a 404 of a query handler and an auditor's scope look alike.
 */
@Catch()
export class PageExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(PageExceptionFilter.name);

  constructor(private readonly renderer: PageRenderer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof SignInRequiredError) {
      void redirectTo(reply, `/inloggen?terug=${encodeURIComponent(exception.returnTo)}`);
      return;
    }
    const page = this.pageFor(exception, request);
    const html = this.renderer.render('layout/error', pageModel(page.title, pageSessionOf(request), { message: page.message, correlationId: request.id }));
    void sendHtml(reply, page.status, html);
  }

  private pageFor(exception: unknown, request: FastifyRequest): ErrorPage {
    if (exception instanceof PageNotFoundError) return NOT_FOUND;
    if (exception instanceof CrossSiteRequestError) {
      this.logger.warn(`Refused a form post to ${request.url}: ${exception.message}`);
      return { status: 403, title: 'Verzoek geweigerd', message: 'Dit formulier kwam niet van een pagina van het register. Open de pagina opnieuw en probeer het nog eens.' };
    }
    if (exception instanceof SignInFailedError) {
      this.logger.warn(`Refused a sign-in callback: ${exception.message}`);
      return { status: 403, title: 'Inloggen mislukt', message: 'Het antwoord van uw organisatie hoorde niet bij deze inlogpoging. Begin opnieuw bij Inloggen.' };
    }
    if (exception instanceof PageForbiddenError) {
      return { status: 403, title: 'Geen toegang', message: 'Deze pagina hoort niet bij uw rol in het register.' };
    }
    const status = statusOf(exception);
    if (status === 404) return NOT_FOUND;
    if (status !== undefined && status < 500) {
      return { status, title: 'Deze vraag kan het register niet beantwoorden', message: detailOf(exception) };
    }
    this.logger.error({ err: exception, msg: `Unexpected error on page ${request.method} ${request.url}` });
    return { status: 500, title: 'Er ging iets mis', message: 'Het register kon deze pagina niet maken. Probeer het later opnieuw; noem bij een melding de code hieronder.' };
  }
}

function statusOf(exception: unknown): number | undefined {
  if (exception instanceof ProblemError) return statusOfCode(exception.code);
  if (exception instanceof HttpException) return exception.getStatus();
  if (isDomainError(exception)) return statusOfCode(exception.code);
  return undefined;
}

function detailOf(exception: unknown): string {
  if (exception instanceof ProblemError || isDomainError(exception)) return exception.detail;
  return exception instanceof Error ? exception.message : 'De vraag is niet geldig.';
}
