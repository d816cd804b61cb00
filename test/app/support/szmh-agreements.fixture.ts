import type { RegisterClient } from './register-client';
import { uniqueId } from './szmh-mandates.fixture';
import { expectCreated } from './szmh-parties.fixture';

/**
 * The documents the amendment routes act on, as bodies of api.md: a service
 * agreement (DVO) between the colleges of Maastricht and Meerssen for
 * 2026-2027 (GR SZMH art. 8), and the service charter (DVH) of the five
 * participating colleges for 2026-2030 (art. 13). Each call registers a fresh
 * one, so the tests of a suite do not see each other's amendments.
 */
export const PARTICIPATING_COLLEGES = ['college:GM0935', 'college:GM0938', 'college:GM0981', 'college:GM0994', 'college:GM1729'];

export const agreementBody = (id: string) => ({
  id,
  type: 'agreement',
  title: 'Dienstverleningsovereenkomst SZMH Meerssen 2026-2027',
  decidedOn: '2026-01-27',
  decidedBy: ['college:GM0935', 'college:GM0938'],
  concerns: ['GM0935', 'GM0938'],
  parties: ['college:GM0935', 'college:GM0938'],
  content: 'Maastricht voert de taken op het gebied van sociale zekerheid uit voor Meerssen.',
  term: { from: '2026-01-01', until: '2028-01-01' },
});

export const charterBody = (id: string) => ({
  id,
  type: 'charter',
  title: 'Dienstverleningshandvest SZMH 2026-2030',
  decidedOn: '2026-01-27',
  decidedBy: PARTICIPATING_COLLEGES,
  concerns: ['GM0935', 'GM0938', 'GM0981', 'GM0994', 'GM1729'],
  term: { from: '2026-01-01', until: '2031-01-01' },
});

/** Registers a fresh agreement or charter and proposes an amendment of it valid from 2026-07-01; returns both ids. */
export async function proposedAmendment(client: RegisterClient, kind: 'agreement' | 'charter', amendment: object = {}) {
  const documentId = uniqueId(kind === 'agreement' ? 'dvo-gm0938' : 'dvh-szmh');
  await expectCreated(client, '/documents', kind === 'agreement' ? agreementBody(documentId) : charterBody(documentId));
  const body = { id: uniqueId('wijziging'), summary: 'Kostenverdeling herzien', validFrom: '2026-07-01', ...amendment };
  const { id: amendmentId } = await expectCreated(client, `/documents/${documentId}/amendments`, body);
  return { documentId, amendmentId, path: `/documents/${documentId}/amendments/${amendmentId}` };
}

/** Records the approval of every organ in `organs`, each as the registrar. */
export async function approvedBy(client: RegisterClient, amendmentPath: string, organs: readonly string[]): Promise<void> {
  for (const organ of organs) await expectCreated(client, `${amendmentPath}/approvals`, { organ });
}
