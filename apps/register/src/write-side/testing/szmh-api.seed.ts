import { meerssenGrantRequest } from '../../../../../libs/domain/src/testing/szmh-mandates.fixture';
import { grantBodyOf } from '../../../../../test/app/support/szmh-mandates.fixture';
import type { WriteSideApp } from './write-side-app';

/**
 * The parties of example 1 recorded through the API, as a client would:
 * Maastricht, Meerssen and Vaals, two powers, the manager's position, and the
 * two decisions (Meerssen's mandate decision and Maastricht's sub-mandate decision).
 */
export async function seedExampleOneThroughApi(app: WriteSideApp): Promise<void> {
  for (const [municipality, name] of [['GM0935', 'Maastricht'], ['GM0938', 'Meerssen'], ['GM0981', 'Vaals']]) {
    await app.created('/participants', { municipality, name, joinedOn: '2015-01-01' });
  }
  for (const [id, label] of [['PW-BIJSTAND', 'Beslissen op aanvragen om bijstand'], ['PW-TERUGVORDERING', 'Terugvorderen van bijstand']]) {
    await app.created('/powers', { id, label, legalBasis: 'Participatiewet', holder: 'college', mandatable: true });
  }
  await app.created('/functions', { id: 'GM0935.manager-sociale-zekerheid', name: 'Manager Sociale Zekerheid', municipality: 'GM0935' });
  const decision = { type: 'mandate-decision', decidedOn: '2026-01-27', decidedBy: ['college:GM0938'], concerns: ['GM0938'] };
  await app.created('/documents', { ...decision, id: 'doc-mandate-gm0938-2026', title: 'Mandaatbesluit SZMH Meerssen 2026' });
  await app.created('/documents', {
    ...decision,
    id: 'doc-submandate-gm0935-2026',
    type: 'sub-mandate-decision',
    title: 'Ondermandaatbesluit SZMH Maastricht 2026',
    decidedBy: ['college:GM0935'],
    concerns: ['GM0935', 'GM0938'],
  });
}

/** POST /mandates body of example 1, with the id the domain's fixture gives it. */
export const MEERSSEN_GRANT = grantBodyOf(meerssenGrantRequest());
