import { Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { RegisterEntry } from '@register/projections';
import type { FastifyReply } from 'fastify';
import { REGISTER_CONFIG, type RegisterConfig } from '../../config/register-config';
import { isMunicipalityCode } from '../../http/validation';
import { ListParticipantsQuery } from '../../participants/list-participants/list-participants.query';
import { GetRegisterQuery } from '../../registers/get-register.query';
import { CLOCK, type Clock } from '../../write-side/clock';
import { OpenPage } from '../session/page-access.decorator';
import { PageNotFoundError } from '../session/page-errors';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import { pageModel } from '../shared/page-model';
import { sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';
import { parseTemporalFields } from '../shared/temporal-fields';
import { WebPageController } from '../shared/web-page.decorator';

/** The organs of a municipality that grant mandates (api.md: organs are college, burgemeester, raad). */
const ORGAN_KINDS = ['college', 'burgemeester', 'raad'] as const;

/** What the public sees of an entry: the register's published facts, never who recorded them. */
type PublicEntry = Omit<RegisterEntry, 'publication'> & { readonly publicationId: string };

/**
 * /openbaar/mandaatregister/{GMxxxx}: the published mandate register of one
 * municipality, without sign-in (ui.md): every mandate its organs granted and
 * the sub-mandates below them, only where the decision is published.
 * REGISTER_PUBLIC_PAGES=false closes it: then it is "niet gevonden".
 */
@WebPageController('openbaar/mandaatregister')
export class PublicRegisterController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queryBus: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REGISTER_CONFIG) private readonly config: RegisterConfig,
  ) {}

  @Get(':gemeente')
  @OpenPage()
  async page(@Param('gemeente') code: string, @Query() raw: Record<string, unknown>, @PageSession() session: WebSession | undefined, @Res() reply: FastifyReply) {
    if (!this.config.web.publicPages || !isMunicipalityCode(code)) throw new PageNotFoundError(code);
    const { fields, errors } = parseTemporalFields({ validOn: raw.validOn }, this.clock.now());
    const participants = await this.queryBus.execute(new ListParticipantsQuery({ knownAt: fields.knownAt }));
    const participant = participants.find((entry) => entry.municipality === code);
    if (participant === undefined) throw new PageNotFoundError(code);
    const entries: PublicEntry[] = [];
    for (const kind of ORGAN_KINDS) {
      const register = await this.queryBus.execute(new GetRegisterQuery(`${kind}:${code}`, 'granted', { ...fields, axis: 'valid' }, { kind: 'everything' }));
      entries.push(...register.entries.flatMap((entry) => (entry.publication === null ? [] : [publicEntry(entry, entry.publication.publicationId)])));
    }
    const data = { name: participant.name, code, entries, time: fields, form: { validOn: fields.validOn } };
    return sendHtml(reply, errors.length > 0 ? 400 : 200, this.renderer.render('public-register/public-register', pageModel(`Mandaatregister ${participant.name}`, session, data, errors)));
  }
}

function publicEntry(entry: RegisterEntry, publicationId: string): PublicEntry {
  const { publication: _publication, ...facts } = entry;
  return { ...facts, publicationId };
}
