import { MEERSSEN_GRANTED, meerssenGrantRequest } from '../../../../../libs/domain/src/testing/szmh-mandates.fixture';
import { RequestIdentity } from '../../idempotency/request-identity';
import { eventIdOf, metadataFor, REGISTRAR } from '../../write-side/testing/write-side.harness';
import { mandateHandlers } from '../testing/mandate-handlers.harness';
import { GrantMandateCommand } from './grant-mandate.command';

describe('GrantMandateHandler', () => {
  it('appends the MandateGranted of example 1, concerning Meerssen (its municipality) and Maastricht (the grantee)', async () => {
    const h = await mandateHandlers();
    const { result } = await h.grant.execute(new GrantMandateCommand(meerssenGrantRequest(), metadataFor('grant')));
    const [event, ...more] = await h.appended();
    expect(more).toEqual([]);
    expect(result).toEqual({ id: 'mandate-gm0938-2026', position: event.position });
    expect(event).toMatchObject({
      stream: 'mandate-mandate-gm0938-2026',
      type: 'MandateGranted',
      data: MEERSSEN_GRANTED.data,
      metadata: { eventId: eventIdOf('grant', 0), recordedBy: REGISTRAR, correlationId: 'corr-grant', causationId: 'grant', municipalities: ['GM0935', 'GM0938'] },
    });
  });

  it('makes the id of a mandate posted without one from the request identity', async () => {
    const h = await mandateHandlers();
    const { result } = await h.grant.execute(new GrantMandateCommand({ ...meerssenGrantRequest(), mandateId: null }, metadataFor('no-id')));
    expect(result.id).toBe(RequestIdentity.derivedFrom('no-id').generatedId('mandate'));
    await expect(h.appended()).resolves.toMatchObject([{ stream: `mandate-${result.id}` }]);
  });

  it('refuses a grant of PW-VERORDENING, which may not be mandated, and appends nothing', async () => {
    const h = await mandateHandlers();
    const request = meerssenGrantRequest({ powers: ['PW-VERORDENING'], subMandateAllowed: [] });
    await expect(h.grant.execute(new GrantMandateCommand(request, metadataFor('grant')))).rejects.toMatchObject({ code: 'POWER_NOT_MANDATABLE' });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('refuses a grant whose decision document is not registered as DECISION_DOCUMENT_REQUIRED', async () => {
    const h = await mandateHandlers();
    const request = meerssenGrantRequest({ decision: 'doc-not-registered' });
    await expect(h.grant.execute(new GrantMandateCommand(request, metadataFor('grant')))).rejects.toMatchObject({ code: 'DECISION_DOCUMENT_REQUIRED' });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('refuses a second grant with the same id as ALREADY_EXISTS', async () => {
    const h = await mandateHandlers();
    await h.grant.execute(new GrantMandateCommand(meerssenGrantRequest(), metadataFor('first')));
    await expect(h.grant.execute(new GrantMandateCommand(meerssenGrantRequest(), metadataFor('second')))).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      meta: { kind: 'mandate', id: 'mandate-gm0938-2026' },
    });
    await expect(h.appended()).resolves.toHaveLength(1);
  });

  it('lets only one of two concurrent grants with the same id in, the other answering ALREADY_EXISTS', async () => {
    const h = await mandateHandlers();
    const outcomes = await Promise.allSettled([
      h.grant.execute(new GrantMandateCommand(meerssenGrantRequest(), metadataFor('a'))),
      h.grant.execute(new GrantMandateCommand(meerssenGrantRequest({ ceiling: 1000 }), metadataFor('b'))),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'ALREADY_EXISTS' } });
    await expect(h.appended()).resolves.toHaveLength(1);
  });
});
