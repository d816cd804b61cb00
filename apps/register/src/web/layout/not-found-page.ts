import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UnmatchedPage } from '../../http/routing/unmatched-page';
import { CLOCK, type Clock } from '../../write-side/clock';
import { sessionIdOf } from '../session/session-cookie';
import { WebSessionStore } from '../session/web-session.store';
import { pageModel } from '../shared/page-model';
import { sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';

/** The "niet gevonden" page for an address no page has (outside /api), with the header of whoever is signed in. */
@Injectable()
export class NotFoundPage implements UnmatchedPage {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly sessions: WebSessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async answer(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const id = sessionIdOf(request);
    const session = id === undefined ? undefined : await this.sessions.find(id, this.clock.now());
    const message = 'Deze pagina bestaat niet. Controleer het adres, of zoek vanaf de startpagina.';
    const html = this.renderer.render('layout/error', pageModel('Niet gevonden', session, { message, correlationId: request.id }));
    await sendHtml(reply, 404, html);
  }
}
