import { proposed } from '../../../../../libs/domain/src/testing/szmh-agreements.fixture';
import { metadataFor } from '../../write-side/testing/write-side.harness';
import { AGREEMENT, amendmentHarness, CHARTER, DECISION_OF_MEERSSEN } from '../testing/amendment-handlers.harness';
import { ApproveAmendmentCommand, type ApproveAmendmentInput } from './approve-amendment.command';

const approval = (overrides: Partial<ApproveAmendmentInput> = {}): ApproveAmendmentInput => ({
  documentId: AGREEMENT.data.documentId,
  amendmentId: 'amendment-1',
  organ: 'college:GM0938',
  decision: null,
  approvedOn: null,
  ...overrides,
});

async function withProposals() {
  const h = await amendmentHarness();
  await h.given(proposed(AGREEMENT), proposed(CHARTER));
  return h;
}

describe('ApproveAmendmentHandler', () => {
  it('dates an approval by its decision document (decided 2026-03-10) and answers that date', async () => {
    const h = await withProposals();
    const { result } = await h.approve.execute(new ApproveAmendmentCommand(approval({ decision: DECISION_OF_MEERSSEN.documentId }), metadataFor('approve')));
    const [event, ...more] = await h.appended();
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      stream: 'document-dvo-gm0938-2026',
      type: 'AmendmentApproved',
      data: { amendmentId: 'amendment-1', organ: 'college:GM0938', decision: 'doc-approval-gm0938', approvedOn: '2026-03-10' },
      metadata: { causationId: 'approve', municipalities: ['GM0935', 'GM0938'] },
    });
    expect(result).toEqual({ id: 'amendment-1', position: event.position, organ: 'college:GM0938', approvedOn: '2026-03-10' });
  });

  it('dates an approval without decision or date by the clock\'s today, 2026-11-23', async () => {
    const h = await withProposals();
    await expect(h.approve.execute(new ApproveAmendmentCommand(approval(), metadataFor('today')))).resolves.toMatchObject({ result: { approvedOn: '2026-11-23' } });
  });

  it('answers a retry with the same Idempotency-Key as the first time and appends nothing new', async () => {
    const h = await withProposals();
    const first = await h.approve.execute(new ApproveAmendmentCommand(approval({ approvedOn: '2026-04-01' }), metadataFor('approve')));
    await expect(h.approve.execute(new ApproveAmendmentCommand(approval({ approvedOn: '2026-04-01' }), metadataFor('approve')))).resolves.toEqual(first);
    await expect(h.appended()).resolves.toHaveLength(1);
  });

  it('refuses the college of Eijsden-Margraten, out since 2021-07-01, approving the charter as NOT_A_PARTICIPANT, appending nothing', async () => {
    const h = await withProposals();
    const command = new ApproveAmendmentCommand(approval({ documentId: CHARTER.data.documentId, organ: 'college:GM1903' }), metadataFor('gm1903'));
    await expect(h.approve.execute(command)).rejects.toMatchObject({ code: 'NOT_A_PARTICIPANT' });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('refuses the college of Vaals, no party to the agreement with Meerssen, as APPROVER_NOT_A_PARTY', async () => {
    const h = await withProposals();
    const command = new ApproveAmendmentCommand(approval({ organ: 'college:GM0981' }), metadataFor('vaals'));
    await expect(h.approve.execute(command)).rejects.toMatchObject({ code: 'APPROVER_NOT_A_PARTY' });
    await expect(h.appended()).resolves.toEqual([]);
  });
});
