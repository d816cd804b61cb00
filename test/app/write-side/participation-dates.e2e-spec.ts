import { expectRefusedWithoutChange } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { meerssenMandateBody } from '../support/szmh-mandates.fixture';
import { expectCreated } from '../support/szmh-parties.fixture';

/**
 * domain.md: participation is judged on the date a grant takes effect (its
 * validFrom), not on the date it was decided; a municipality decides before
 * it joins. Beekdaelen joins on 2026-07-01; Eijsden-Margraten left on
 * 2021-07-01, so it took part up to and including 2021-06-30.
 */
describeOnEveryStore('participation on the validFrom of a grant', (register) => {
  const beekdaelenDecision = {
    id: 'doc-mandate-gm1954-2026',
    type: 'mandate-decision',
    title: 'Mandaatbesluit SZMH Beekdaelen',
    decidedOn: '2026-03-01',
    decidedBy: ['college:GM1954'],
    concerns: ['GM1954'],
  };
  const eijsdenDecision = { ...beekdaelenDecision, id: 'doc-mandate-gm1903-2021', decidedOn: '2021-03-01', decidedBy: ['college:GM1903'], concerns: ['GM1903'] };
  const beekdaelenGrant = (validFrom: string) =>
    meerssenMandateBody({ grantor: 'college:GM1954', municipalities: ['GM1954'], decision: beekdaelenDecision.id, validFrom });
  const eijsdenGrant = (validFrom: string) =>
    meerssenMandateBody({ grantor: 'college:GM1903', municipalities: ['GM1903'], decision: eijsdenDecision.id, validFrom });

  beforeAll(async () => {
    await expectCreated(register.client, '/participants', { municipality: 'GM1954', name: 'Beekdaelen', joinedOn: '2026-07-01' });
    await expectCreated(register.client, '/documents', beekdaelenDecision);
    await expectCreated(register.client, '/documents', eijsdenDecision);
  });

  it('accepts a grant that Beekdaelen decided before it joined, valid from the day it joins', async () => {
    const response = await register.client.post('/mandates', beekdaelenGrant('2026-07-01'));
    expect([response.status, response.body.code]).toEqual([201, undefined]);
  });

  it('refuses the same grant valid from the day before Beekdaelen joins: NOT_A_PARTICIPANT', async () => {
    await expectRefusedWithoutChange(register, () => register.client.post('/mandates', beekdaelenGrant('2026-06-30')), {
      status: 422,
      code: 'NOT_A_PARTICIPANT',
      detailNames: ['GM1954'],
    });
  });

  it('accepts a grant of Eijsden-Margraten valid from 2021-06-30, its last day as a participant', async () => {
    const response = await register.client.post('/mandates', eijsdenGrant('2021-06-30'));
    expect([response.status, response.body.code]).toEqual([201, undefined]);
  });

  it('refuses a grant of Eijsden-Margraten valid from its exit date 2021-07-01: NOT_A_PARTICIPANT', async () => {
    await expectRefusedWithoutChange(register, () => register.client.post('/mandates', eijsdenGrant('2021-07-01')), {
      status: 422,
      code: 'NOT_A_PARTICIPANT',
      detailNames: ['GM1903'],
    });
  });
});
