import type { RegisterRequest } from '@register/domain';
import { document, REVOCATION_DECISION, SUBMANDATE_DECISION } from '../../../../domain/src/testing/szmh-reference.fixture';
import type { Axis } from '../../authority/authority-answer';
import { mandateStatus, type MandateStatusAnswer } from './mandate-status.oracle';
import type { RecordedRegister } from '../recorded-register';
import {
  AT,
  example1,
  grantMeerssen,
  MANAGER_MANDATE_ID,
  MEERSSEN_MANDATE_ID,
  publish,
  registerDocument,
  revoke,
  subMandate,
  szmhReference,
} from '../szmh-log.fixture';

function statusOf(register: RecordedRegister, mandateId: string, validOn: string, at: { knownAt?: string; axis?: Axis } = {}): MandateStatusAnswer | null {
  return mandateStatus(register.events, mandateId, { validOn, knownAt: at.knownAt ?? AT.asked, axis: at.axis ?? 'valid' });
}

/** Example 3: Meerssen revokes its mandate from 2026-07-01, recorded on 2026-06-15. */
async function parentRevoked(): Promise<RecordedRegister> {
  const register = await example1();
  await register.at('2026-06-15T14:00:00.000Z', registerDocument(REVOCATION_DECISION), revoke(MEERSSEN_MANDATE_ID, '2026-07-01'));
  return register;
}

describe('mandateStatus (GET /mandates/{id})', () => {
  it('is null for a mandate the register did not know at knownAt, or never knew', async () => {
    const register = await example1();
    expect(statusOf(register, MEERSSEN_MANDATE_ID, '2026-01-15', { knownAt: '2026-01-28T09:59:59.999Z' })).toBeNull();
    expect(statusOf(register, 'mandate-unknown', '2026-01-15')).toBeNull();
  });

  it('follows example 1 on both axes: not yet valid in 2025, valid but not in force on 2026-01-15, in force from 2026-01-30', async () => {
    const register = await example1();
    expect(statusOf(register, MANAGER_MANDATE_ID, '2025-12-31')).toEqual({ status: 'not-yet-valid', inForce: false });
    expect(statusOf(register, MANAGER_MANDATE_ID, '2026-01-15')).toEqual({ status: 'valid', inForce: false });
    expect(statusOf(register, MANAGER_MANDATE_ID, '2026-01-15', { axis: 'inForce' })).toEqual({ status: 'not-yet-valid', inForce: false });
    expect(statusOf(register, MANAGER_MANDATE_ID, '2026-01-30', { axis: 'inForce' })).toEqual({ status: 'valid', inForce: true });
  });

  it('is not in force while a mandate above it is unpublished, though its own decision is in force', async () => {
    const register = await szmhReference();
    await register.at(AT.grants, grantMeerssen(), subMandate());
    await register.at(AT.publications, publish(SUBMANDATE_DECISION.documentId, 'gmb-2026-90003', '2026-01-29', '2026-01-30'));
    expect(statusOf(register, MANAGER_MANDATE_ID, '2026-02-15')).toEqual({ status: 'valid', inForce: false });
    expect(statusOf(register, MEERSSEN_MANDATE_ID, '2026-02-15', { axis: 'inForce' })).toEqual({ status: 'not-yet-valid', inForce: false });
  });

  describe('example 3: the parent revoked from 2026-07-01', () => {
    it('shows the parent revoked and the sub-mandate lapsed with it from 2026-07-01, still in force while the revocation is unpublished', async () => {
      const register = await parentRevoked();
      expect(statusOf(register, MEERSSEN_MANDATE_ID, '2026-07-01')).toEqual({ status: 'revoked', inForce: true });
      expect(statusOf(register, MANAGER_MANDATE_ID, '2026-07-02')).toEqual({ status: 'lapsed', inForce: true });
      expect(statusOf(register, MANAGER_MANDATE_ID, '2026-07-02', { axis: 'inForce' })).toEqual({ status: 'valid', inForce: true });
    });

    it('takes the parent and its sub-mandate out of force once the revocation is published, from its entry into force', async () => {
      const register = await parentRevoked();
      await register.at('2026-07-05T09:00:00.000Z', publish(REVOCATION_DECISION.documentId, 'gmb-2026-90043', '2026-07-05', '2026-07-06'));
      expect(statusOf(register, MANAGER_MANDATE_ID, '2026-07-05', { axis: 'inForce' })).toEqual({ status: 'valid', inForce: true });
      expect(statusOf(register, MEERSSEN_MANDATE_ID, '2026-07-06', { axis: 'inForce' })).toEqual({ status: 'revoked', inForce: false });
      expect(statusOf(register, MANAGER_MANDATE_ID, '2026-07-06', { axis: 'inForce' })).toEqual({ status: 'lapsed', inForce: false });
    });

    it('shows both valid and in force on 2026-06-30, and on 2026-07-02 as known before the revocation', async () => {
      const register = await parentRevoked();
      expect(statusOf(register, MANAGER_MANDATE_ID, '2026-06-30')).toEqual({ status: 'valid', inForce: true });
      expect(statusOf(register, MANAGER_MANDATE_ID, '2026-07-02', { knownAt: '2026-06-15T13:59:59.999Z' })).toEqual({ status: 'valid', inForce: true });
    });

    it('calls a sub-mandate that was revoked itself revoked, even once its parent is revoked too', async () => {
      const register = await parentRevoked();
      await register.at('2026-06-16T09:00:00.000Z', revoke(MANAGER_MANDATE_ID, '2026-06-20', SUBMANDATE_DECISION.documentId));
      expect(statusOf(register, MANAGER_MANDATE_ID, '2026-07-02')?.status).toBe('revoked');
    });
  });

  it('shows a mandate expired from its validUntil, and its sub-mandate lapsed', async () => {
    const register = await szmhReference();
    await register.at(AT.grants, grantMeerssen({ validUntil: '2027-01-01' }), subMandate({ validUntil: '2027-01-01' }));
    expect(statusOf(register, MEERSSEN_MANDATE_ID, '2026-12-31')?.status).toBe('valid');
    expect(statusOf(register, MEERSSEN_MANDATE_ID, '2027-01-01')?.status).toBe('expired');
    expect(statusOf(register, MANAGER_MANDATE_ID, '2027-01-01')?.status).toBe('lapsed');
  });

  it('shows the mandates by and for Meerssen lapsed from its exit date (domain.md, GR SZMH art. 21)', async () => {
    const register = await example1();
    const decision = document({ documentId: 'doc-exit-gm0938', type: 'exit-decision', decidedOn: '2026-08-20' });
    const exit: RegisterRequest = { type: 'ExitParticipant', data: { municipality: 'GM0938', exitOn: '2026-10-01', decision: decision.documentId } };
    await register.at('2026-09-01T09:00:00.000Z', registerDocument(decision), exit);
    expect(statusOf(register, MEERSSEN_MANDATE_ID, '2026-09-30')).toEqual({ status: 'valid', inForce: true });
    expect(statusOf(register, MEERSSEN_MANDATE_ID, '2026-10-01')).toEqual({ status: 'lapsed', inForce: false });
    expect(statusOf(register, MANAGER_MANDATE_ID, '2026-10-01')).toEqual({ status: 'lapsed', inForce: false });
  });
});
