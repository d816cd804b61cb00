import { isDomainError } from '@register/domain';
import { REVOCATION_DECISION } from '../../../../domain/src/testing/szmh-reference.fixture';
import {
  ask,
  AT,
  chainIds,
  correct,
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

describe('answerAuthority on the examples of domain.md', () => {
  describe('example 1: Meerssen mandates PW-BIJSTAND to Maastricht, which sub-mandates it to its manager', () => {
    it('authorises the manager on 2026-01-15 through two links, retroactively and before the decisions were in force', async () => {
      const answer = ask(await example1());
      expect(answer).toEqual({
        authorised: true,
        actor: 'GM0935.manager-sociale-zekerheid',
        power: 'PW-BIJSTAND',
        municipality: 'GM0938',
        validOn: '2026-01-15',
        knownAt: AT.asked,
        axis: 'valid',
        onBehalfOf: 'college:GM0938',
        signatureLine: 'namens het college van burgemeester en wethouders van Meerssen',
        chain: [
          {
            mandateId: MEERSSEN_MANDATE_ID,
            grantor: 'college:GM0938',
            grantee: 'college:GM0935',
            validFrom: '2026-01-01',
            validUntil: null,
            decision: 'doc-mandate-gm0938-2026',
            publication: { publicationId: 'gmb-2026-90002', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' },
          },
          {
            mandateId: MANAGER_MANDATE_ID,
            grantor: 'college:GM0935',
            grantee: 'GM0935.manager-sociale-zekerheid',
            validFrom: '2026-01-01',
            validUntil: null,
            decision: 'doc-submandate-gm0935-2026',
            publication: { publicationId: 'gmb-2026-90003', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' },
          },
        ],
        // Decided 2026-01-27, after the 15th: RETROACTIVE, exactly as api.md's example answers. Not in force
        // on the 15th either, but a decision not yet taken cannot be: RETROACTIVE says it, NOT_YET_IN_FORCE is not repeated.
        flags: ['RETROACTIVE'],
        reason: null,
      });
    });

    it('does not flag RETROACTIVE from the day the decisions were taken, nor NOT_YET_IN_FORCE once they are in force', async () => {
      const register = await example1();
      expect(ask(register, { validOn: '2026-01-26' }).flags).toEqual(['RETROACTIVE']);
      expect(ask(register, { validOn: '2026-01-27' }).flags).toEqual(['NOT_YET_IN_FORCE']);
      expect(ask(register, { validOn: '2026-01-30' }).flags).toEqual([]);
    });

    it('answers NOT_YET_IN_FORCE on the inForce axis for 2026-01-15, and authorises from the in-force date 2026-01-30', async () => {
      const register = await example1();
      const before = ask(register, { axis: 'inForce' });
      expect(before).toMatchObject({ authorised: false, reason: 'NOT_YET_IN_FORCE', flags: [] });
      expect(chainIds(before)).toEqual([MEERSSEN_MANDATE_ID, MANAGER_MANDATE_ID]);
      expect(ask(register, { axis: 'inForce', validOn: '2026-01-29' }).reason).toBe('NOT_YET_IN_FORCE');
      expect(ask(register, { axis: 'inForce', validOn: '2026-01-30' })).toMatchObject({ authorised: true, flags: [], reason: null });
    });

    it('answers NO_MANDATE with knownAt just before the grants were recorded, and authorises at that very instant', async () => {
      const register = await example1();
      expect(ask(register, { knownAt: '2026-01-28T09:59:59.999Z' })).toMatchObject({ authorised: false, reason: 'NO_MANDATE', chain: [] });
      expect(ask(register, { knownAt: AT.grants }).authorised).toBe(true);
    });

    it('does not see the publications before they were recorded: on the inForce axis the decisions count as unpublished', async () => {
      const register = await example1();
      const beforePublication = ask(register, { axis: 'inForce', validOn: '2026-02-15', knownAt: '2026-01-28T12:00:00.000Z' });
      expect(beforePublication).toMatchObject({ authorised: false, reason: 'NOT_PUBLISHED' });
      expect(beforePublication.chain.map((link) => link.publication)).toEqual([null, null]);
      expect(ask(register, { axis: 'inForce', validOn: '2026-02-15' }).authorised).toBe(true);
    });
  });

  describe('example 2: a sub-mandate of a power the parent forbids to sub-mandate', () => {
    it('is refused, so the manager has no mandate for PW-TERUGVORDERING while the Maastricht college has one', async () => {
      const register = await szmhReference();
      await register.at(AT.grants, grantMeerssen());
      const before = register.events.length;
      const refusal = await register.at(AT.grants, subMandate({ powers: ['PW-TERUGVORDERING'], subMandateAllowed: [] })).catch((e: unknown) => e);
      expect(isDomainError(refusal) && refusal.code).toBe('SUBMANDATE_NOT_PERMITTED');
      expect(register.events).toHaveLength(before);
      expect(ask(register, { power: 'PW-TERUGVORDERING' })).toMatchObject({ authorised: false, reason: 'NO_MANDATE', chain: [] });
      expect(ask(register, { power: 'PW-TERUGVORDERING', actor: 'college:GM0935' }).authorised).toBe(true);
    });
  });

  describe('example 3: Meerssen revokes its mandate from 2026-07-01', () => {
    const revokedAt = '2026-06-15T14:00:00.000Z';
    async function revoked() {
      const register = await example1();
      await register.at(revokedAt, registerDocument(REVOCATION_DECISION), revoke(MEERSSEN_MANDATE_ID, '2026-07-01'));
      return register;
    }

    it('still authorises the manager on 2026-06-30, the last day before the revocation applies', async () => {
      expect(ask(await revoked(), { validOn: '2026-06-30' })).toMatchObject({ authorised: true, reason: null });
    });

    it('no longer authorises the manager on 2026-07-01 or 2026-07-02: REVOKED, the parent showing its end', async () => {
      const register = await revoked();
      expect(ask(register, { validOn: '2026-07-01' }).reason).toBe('REVOKED');
      const answer = ask(register, { validOn: '2026-07-02' });
      expect(answer).toMatchObject({ authorised: false, reason: 'REVOKED', flags: [] });
      expect(answer.chain.map((link) => link.validUntil)).toEqual(['2026-07-01', null]);
    });

    it('no longer authorises the Maastricht college itself on the valid axis; on the inForce axis the unpublished revocation ends nothing (Awb 3:40)', async () => {
      const register = await revoked();
      expect(ask(register, { actor: 'college:GM0935', validOn: '2026-07-02' }).reason).toBe('REVOKED');
      const inForce = ask(register, { actor: 'college:GM0935', validOn: '2026-07-02', axis: 'inForce' });
      expect(inForce).toMatchObject({ authorised: true, reason: null, flags: ['REVOCATION_NOT_PUBLISHED'] });
    });

    it('ends the mandate on the inForce axis from the later of validUntil and the revocation\'s entry into force once it is published', async () => {
      const register = await revoked();
      await register.at('2026-07-03T09:00:00.000Z', publish(REVOCATION_DECISION.documentId, 'gmb-2026-90040', '2026-07-03', '2026-07-04'));
      const on = (validOn: string) => ask(register, { actor: 'college:GM0935', validOn, axis: 'inForce' });
      expect(on('2026-07-03')).toMatchObject({ authorised: true, flags: [] });
      expect(on('2026-07-04')).toMatchObject({ authorised: false, reason: 'REVOKED' });
      // Asked as known before the publication was recorded, the revocation still waited for it.
      expect(ask(register, { actor: 'college:GM0935', validOn: '2026-07-04', axis: 'inForce', knownAt: '2026-07-03T08:59:59.999Z' }).flags).toEqual(['REVOCATION_NOT_PUBLISHED']);
    });

    it('counts a revocation published before its validUntil from that validUntil, and not one in the wrong sheet', async () => {
      const register = await revoked();
      await register.at('2026-06-16T09:00:00.000Z', publish(REVOCATION_DECISION.documentId, 'gmb-2026-90041', '2026-06-16', '2026-06-17', { publisher: 'college:GM0935' }));
      expect(ask(register, { actor: 'college:GM0935', validOn: '2026-07-01', axis: 'inForce' })).toMatchObject({ authorised: true, flags: ['REVOCATION_NOT_PUBLISHED'] });
      await register.at('2026-06-17T09:00:00.000Z', publish(REVOCATION_DECISION.documentId, 'gmb-2026-90042', '2026-06-17', '2026-06-18'));
      expect(ask(register, { actor: 'college:GM0935', validOn: '2026-06-30', axis: 'inForce' })).toMatchObject({ authorised: true, flags: [] });
      expect(ask(register, { actor: 'college:GM0935', validOn: '2026-07-01', axis: 'inForce' })).toMatchObject({ authorised: false, reason: 'REVOKED' });
    });

    it('still authorises on 2026-07-02 when asked with knownAt before the revocation was recorded', async () => {
      const answer = ask(await revoked(), { validOn: '2026-07-02', knownAt: '2026-06-15T13:59:59.999Z' });
      expect(answer).toMatchObject({ authorised: true, reason: null });
      expect(answer.chain[0].validUntil).toBeNull();
    });
  });

  describe('example 4: a validFrom recorded wrongly and corrected', () => {
    const correctedAt = '2026-03-02T11:00:00.000Z';
    async function corrected() {
      const register = await szmhReference();
      await register.at(AT.grants, grantMeerssen({ validFrom: '2026-02-01' }));
      await register.at(correctedAt, correct(MEERSSEN_MANDATE_ID, 'validFrom', '2026-01-01'));
      return register;
    }

    it('answers NOT_YET_VALID for 2026-01-15 as the register stood before the correction', async () => {
      const answer = ask(await corrected(), { actor: 'college:GM0935', knownAt: '2026-03-02T10:59:59.999Z' });
      expect(answer).toMatchObject({ authorised: false, reason: 'NOT_YET_VALID' });
      expect(answer.chain[0].validFrom).toBe('2026-02-01');
    });

    it('authorises for 2026-01-15 from the correction on, showing the corrected validFrom', async () => {
      const answer = ask(await corrected(), { actor: 'college:GM0935', knownAt: correctedAt });
      expect(answer).toMatchObject({ authorised: true, reason: null });
      expect(answer.chain[0].validFrom).toBe('2026-01-01');
    });
  });
});
