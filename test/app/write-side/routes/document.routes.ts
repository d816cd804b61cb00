import { expectCreated } from '../../support/szmh-parties.fixture';
import type { WriteRoute } from './write-route';

const DOCUMENT_TYPES = [
  'arrangement',
  'charter',
  'agreement',
  'model-agreement',
  'mandate-decision',
  'sub-mandate-decision',
  'revocation-decision',
  'exit-decision',
  'other',
] as const;

/** The service agreement (DVO) of Vaals: the document body that uses every field of api.md. */
export const documentRoute: WriteRoute = {
  name: 'POST /documents',
  path: '/documents',
  validBody: {
    id: 'doc-dvo-gm0981-2026',
    type: 'agreement',
    title: 'Dienstverleningsovereenkomst SZMH Vaals 2026',
    decidedOn: '2026-01-27',
    decidedBy: ['college:GM0981', 'college:GM0935'],
    concerns: ['GM0981'],
    content: 'Maastricht voert de taken op het gebied van sociale zekerheid uit voor Vaals.',
    parties: ['college:GM0981', 'college:GM0935'],
    term: { from: '2026-01-01', until: '2027-01-01' },
  },
  chosenId: 'doc-dvo-gm0981-2026',
  fields: {
    id: { kind: 'id' },
    type: { kind: 'enum', required: true, values: DOCUMENT_TYPES },
    title: { kind: 'text', required: true },
    decidedOn: { kind: 'date', required: true },
    decidedBy: { kind: 'references', required: true, nonEmpty: true },
    concerns: { kind: 'references', required: true },
    content: { kind: 'text' },
    parties: { kind: 'references' },
    term: { kind: 'term' },
  },
};

const VAALS_DECISION = {
  id: 'doc-mandate-gm0981-2026',
  type: 'mandate-decision',
  title: 'Mandaatbesluit SZMH Vaals 2026',
  decidedOn: '2026-01-27',
  decidedBy: ['college:GM0981'],
  concerns: ['GM0981'],
};

export const publicationRoute: WriteRoute = {
  name: 'POST /documents/{id}/publications',
  path: `/documents/${VAALS_DECISION.id}/publications`,
  validBody: { medium: 'gemeenteblad', publicationId: 'gmb-2026-70001', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' },
  fields: {
    medium: { kind: 'enum', required: true, values: ['gemeenteblad', 'staatscourant', 'other'] },
    publicationId: { kind: 'text', required: true },
    publishedOn: { kind: 'date', required: true },
    inForceFrom: { kind: 'date', required: true },
  },
  async setup(client) {
    await expectCreated(client, '/documents', VAALS_DECISION);
  },
};

const VALKENBURG_DECISION = {
  id: 'doc-mandate-gm0994-2026',
  type: 'mandate-decision',
  title: 'Mandaatbesluit SZMH Valkenburg aan de Geul 2026',
  decidedOn: '2026-01-27',
  decidedBy: ['college:GM0994'],
  concerns: ['GM0994'],
};

export const publicationCorrectionRoute: WriteRoute = {
  name: 'POST /documents/{id}/publications/{publicationId}/corrections',
  path: `/documents/${VALKENBURG_DECISION.id}/publications/gmb-2026-70020/corrections`,
  validBody: { field: 'inForceFrom', value: '2026-01-31', reason: 'De datum van inwerkingtreding is verkeerd overgenomen' },
  fields: {
    field: { kind: 'enum', required: true, values: ['publicationId', 'publishedOn', 'inForceFrom', 'medium', 'publisher'] },
    value: { kind: 'text', required: true },
    reason: { kind: 'text', required: true },
  },
  async setup(client) {
    await expectCreated(client, '/documents', VALKENBURG_DECISION);
    await expectCreated(client, `/documents/${VALKENBURG_DECISION.id}/publications`, { medium: 'gemeenteblad', publicationId: 'gmb-2026-70020', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' });
  },
};

/** The participants' colleges and councils, whose approvals an amendment of the arrangement needs (GR SZMH art. 19 lid 2). */
const PARTICIPATING = ['GM0935', 'GM1729', 'GM0938', 'GM0981', 'GM0994'];
const ARRANGEMENT = {
  id: 'doc-gr-szmh-routes',
  type: 'arrangement',
  title: 'Centrumregeling SZMH (routes)',
  decidedOn: '2015-11-24',
  decidedBy: PARTICIPATING.map((code) => `college:${code}`),
  concerns: PARTICIPATING,
};

export const amendmentPublicationRoute: WriteRoute = {
  name: 'POST /documents/{id}/amendments/{amendmentId}/publications',
  path: `/documents/${ARRANGEMENT.id}/amendments/gr-szmh-2025/publications`,
  validBody: { medium: 'gemeenteblad', publicationId: 'gmb-2025-70030', publishedOn: '2025-04-09', inForceFrom: '2025-04-10' },
  fields: publicationRoute.fields,
  async setup(client) {
    await expectCreated(client, '/documents', ARRANGEMENT);
    await expectCreated(client, `/documents/${ARRANGEMENT.id}/amendments`, { id: 'gr-szmh-2025', summary: 'Centrumregeling SZMH 2025', validFrom: '2025-04-10' });
    // Every college and council taking part then approves (GR SZMH art. 19 lid 2): other routes' setups may have added a participant.
    const listed = await client.get('/participants?validOn=2025-01-14');
    const participating = (listed.body as { municipality: string; joinedOn: string; exitOn: string | null }[])
      .filter((p) => p.joinedOn <= '2024-12-17' && (p.exitOn === null || p.exitOn > '2025-01-14'))
      .map((p) => p.municipality);
    for (const organ of participating.flatMap((code) => [`raad:${code}`, `college:${code}`])) {
      await expectCreated(client, `/documents/${ARRANGEMENT.id}/amendments/gr-szmh-2025/approvals`, { organ, approvedOn: '2024-12-17' });
    }
    await expectCreated(client, `/documents/${ARRANGEMENT.id}/amendments/gr-szmh-2025/adoption`, { adoptedOn: '2025-01-14' });
  },
};
