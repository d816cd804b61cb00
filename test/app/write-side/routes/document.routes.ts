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
