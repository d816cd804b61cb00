import { Body, Controller, Get, Inject, Module, Post, Query } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { createHttpAdapter, initialise, type RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { Test } from '@nestjs/testing';
import { alreadyExists, DomainError, unknownReference, validationFailed } from '@register/domain';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { Public, RequireRoles } from '../../../apps/register/src/auth/access-rule.decorators';
import { AppModule } from '../../../apps/register/src/app.module';
import { type Environment, loadRegisterConfig } from '../../../apps/register/src/config/load-register-config';
import { configureApp } from '../../../apps/register/src/configure-app';
import {
  IsCalendarDate,
  IsFreeText,
  IsInstant,
  IsMunicipalityCode,
  IsOrganId,
  IsPartyId,
  IsRegisterId,
  resolveTemporalQuery,
  type TemporalQuery,
  TemporalQueryDto,
} from '../../../apps/register/src/http/validation';
import { HttpWrites } from '../../../apps/register/src/write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../../apps/register/src/write-side/http/write-request.decorator';
import { WriteCommand, type Written } from '../../../apps/register/src/write-side/write-command';
import { WriteSideModule } from '../../../apps/register/src/write-side/write-side.module';
import { createNestPinoLogger } from '../../../apps/register/src/logging/nest-pino-logger';
import { TEST_JWT_SECRET } from './test-token';

export const PROBES_PATH = '/api/v1/http-probes';

/** What a probe can be asked to throw instead of storing itself. */
const PROBE_FAILURES = ['rule', 'unknown-reference', 'already-exists', 'domain-validation', 'crash'] as const;
type ProbeFailure = (typeof PROBE_FAILURES)[number];

/** Said by the 'crash' failure; the bare 500 must not repeat it. */
export const CRASH_MESSAGE = 'SQLITE_CORRUPT: database disk image is malformed at /var/lib/register/register.sqlite';

/** The clock of the temporal probe: 23:30 UTC on 31 December is already 1 January in Amsterdam. */
export const PROBE_NOW = new Date('2025-12-31T23:30:00.000Z');

class ConsentBasisDto {
  @IsIn(['statutory', 'consent'])
  type!: 'statutory' | 'consent';

  @IsFreeText('sentence')
  citation!: string;
}

/** A request DTO with one field of each format of the contract, nested objects and lists included. */
class ProbeRequestDto {
  @IsRegisterId()
  id!: string;

  @IsCalendarDate()
  validFrom!: string;

  @IsOptional()
  @IsInstant()
  decidedAt?: string;

  @IsOrganId()
  grantor!: string;

  @IsPartyId()
  grantee!: string;

  @IsArray()
  @IsRegisterId({ each: true })
  powers!: string[];

  @IsMunicipalityCode()
  municipality!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => ConsentBasisDto)
  consentBasis!: ConsentBasisDto;

  @IsOptional()
  @IsFreeText('name')
  note?: string;

  @IsOptional()
  @IsIn(PROBE_FAILURES)
  fail?: ProbeFailure;
}

interface ProbeAnswer {
  readonly id: string;
  readonly position: number;
}

class RecordProbeCommand extends WriteCommand<ProbeRequestDto, ProbeAnswer> {}

/**
 * A write as the real ones are written: sent through the WritePipeline by
 * its route, it answers from what an earlier attempt of the same request
 * stored, claims the Idempotency-Key right before it writes, appends to the
 * real store under the request's idempotent event ids, and creates with
 * 'no-stream', so a second probe with one id meets WrongExpectedVersion.
 */
@CommandHandler(RecordProbeCommand)
class RecordProbeHandler implements ICommandHandler<RecordProbeCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ data: body, metadata: { identity } }: RecordProbeCommand): Promise<Written<ProbeAnswer>> {
    if (body.fail) failAsAsked(body.fail);
    const stream = `http-probe-${body.id}`;
    const earlier = identity.appendedEarlier(await this.store.readStream(stream));
    if (earlier.length > 0) return { result: { id: body.id, position: earlier[earlier.length - 1].position }, events: [] };
    await identity.claimWrite();
    const event = { eventId: identity.eventIdFor(0), type: 'HttpProbeRecorded', data: { ...body } };
    const { position } = await this.store.appendToStream(stream, [event], { expectedRevision: 'no-stream' });
    return { result: { id: body.id, position }, events: [] };
  }
}

@Controller('http-probes')
class HttpProbeController {
  constructor(private readonly writes: HttpWrites) {}

  @Public()
  @Post()
  record(@Body() body: ProbeRequestDto, @WriteRequest() request: HttpWriteRequest): Promise<ProbeAnswer> {
    return this.writes.execute(request, RecordProbeCommand, body);
  }

  @RequireRoles('registrar')
  @Post('guarded')
  recordGuarded(@Body() body: ProbeRequestDto, @WriteRequest() request: HttpWriteRequest): Promise<ProbeAnswer> {
    return this.writes.execute(request, RecordProbeCommand, body);
  }

  @Public()
  @Get('temporal')
  temporal(@Query() query: TemporalQueryDto): TemporalQuery {
    return resolveTemporalQuery(query, { now: () => PROBE_NOW });
  }
}

function failAsAsked(failure: ProbeFailure): never {
  switch (failure) {
    case 'rule':
      throw new DomainError('SUBMANDATE_NOT_PERMITTED', 'Awb 10:9: the parent mandate does not allow sub-mandate for PW-X.', {
        power: 'PW-X',
      });
    case 'unknown-reference':
      throw unknownReference('document', 'doc-missing');
    case 'already-exists':
      throw alreadyExists('mandate', 'mandate-1');
    case 'domain-validation':
      throw validationFailed('validUntil', 'must lie after validFrom');
    case 'crash':
      throw new Error(CRASH_MESSAGE);
    default: {
      const unknown: never = failure;
      throw new Error(`Unknown probe failure ${String(unknown)}`);
    }
  }
}

@Module({ imports: [WriteSideModule], controllers: [HttpProbeController], providers: [RecordProbeHandler] })
class HttpProbeModule {}

/** `createTestApp` plus the probe routes under `/api/v1/http-probes`. */
export async function createHttpProbeApp(env: Environment): Promise<RegisterApplication> {
  const config = loadRegisterConfig({ LOG_LEVEL: 'silent', REGISTER_JWT_SECRET: TEST_JWT_SECRET, ...env }, process.cwd());
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config), HttpProbeModule] }).compile();
  const app = moduleRef.createNestApplication<RegisterApplication>(createHttpAdapter(), { logger: createNestPinoLogger(config.logLevel) });
  configureApp(app);
  await initialise(app);
  return app;
}

/** A body every validator accepts. */
export function validProbe(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'probe-1',
    validFrom: '2026-01-01',
    decidedAt: '2026-01-27T10:00:00.000Z',
    grantor: 'college:GM0938',
    grantee: 'GM0935.manager-sociale-zekerheid',
    powers: ['PW-BIJSTAND', 'PW-TERUGVORDERING'],
    municipality: 'GM0938',
    consentBasis: { type: 'statutory', citation: 'Wgr art. 8 lid 4; GR SZMH art. 5 lid 1' },
    ...overrides,
  };
}
