import { metadataFor } from '../../write-side/testing/write-side.harness';
import { grantExampleOne, mandateHandlers } from '../testing/mandate-handlers.harness';
import { RevokeMandateCommand } from './revoke-mandate.command';

// Example 3 of domain.md: Meerssen revokes its mandate from 2026-07-01 by its decision of 2026-06-15.
const revocation = { mandateId: 'mandate-gm0938-2026', decision: 'doc-revocation-gm0938-2026', validUntil: '2026-07-01' };

async function withExampleOne() {
  const h = await mandateHandlers();
  await grantExampleOne(h);
  return { ...h, granted: await h.store.headPosition() };
}

describe('RevokeMandateHandler', () => {
  it('appends MandateRevoked to the parent only; the sub-mandate lapses with it when asked, without an event', async () => {
    const h = await withExampleOne();
    const { result } = await h.revoke.execute(new RevokeMandateCommand(revocation, metadataFor('revoke')));
    const [event, ...more] = await h.appended(h.granted);
    expect(more).toEqual([]);
    expect(result).toEqual({ id: 'mandate-gm0938-2026', position: event.position });
    expect(event).toMatchObject({
      stream: 'mandate-mandate-gm0938-2026',
      type: 'MandateRevoked',
      data: { ...revocation, decidedOn: '2026-06-15', concerns: ['GM0935', 'GM0938'] },
      metadata: { causationId: 'revoke', municipalities: ['GM0935', 'GM0938'] },
    });
  });

  it('refuses revoking again as ALREADY_REVOKED and appends nothing more', async () => {
    const h = await withExampleOne();
    await h.revoke.execute(new RevokeMandateCommand(revocation, metadataFor('first')));
    const again = new RevokeMandateCommand({ ...revocation, validUntil: '2026-08-01' }, metadataFor('second'));
    await expect(h.revoke.execute(again)).rejects.toMatchObject({ code: 'ALREADY_REVOKED' });
    await expect(h.appended(h.granted)).resolves.toHaveLength(1);
  });

  it('refuses revoking a mandate the register does not know as UNKNOWN_REFERENCE', async () => {
    const h = await mandateHandlers();
    await expect(h.revoke.execute(new RevokeMandateCommand(revocation, metadataFor('revoke')))).rejects.toMatchObject({
      code: 'UNKNOWN_REFERENCE',
    });
    await expect(h.appended()).resolves.toEqual([]);
  });
});
