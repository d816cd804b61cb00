import { expectCreated } from '../../support/szmh-parties.fixture';
import type { RegisterClient } from '../../support/register-client';
import type { WriteRoute } from './write-route';

/** Each route acts on its own agreement, so their setups and 201s do not depend on one another. */
const agreementOfValkenburg = (id: string) => ({
  id,
  type: 'agreement',
  title: `Dienstverleningsovereenkomst SZMH Valkenburg aan de Geul 2026 (${id})`,
  decidedOn: '2026-01-27',
  decidedBy: ['college:GM0994', 'college:GM0935'],
  concerns: ['GM0994'],
  parties: ['college:GM0994', 'college:GM0935'],
  term: { from: '2026-01-01', until: '2028-01-01' },
});

const PROPOSAL = { id: 'amendment-1', summary: 'Verdeelsleutel herzien', validFrom: '2026-07-01' };

async function agreementWithProposal(client: RegisterClient, documentId: string): Promise<void> {
  await expectCreated(client, '/documents', agreementOfValkenburg(documentId));
  await expectCreated(client, `/documents/${documentId}/amendments`, PROPOSAL);
}

export const proposeAmendmentRoute: WriteRoute = {
  name: 'POST /documents/{id}/amendments',
  path: '/documents/doc-dvo-gm0994-propose/amendments',
  validBody: { ...PROPOSAL, content: 'Artikel 4 luidt voortaan: ...' },
  chosenId: PROPOSAL.id,
  fields: {
    id: { kind: 'id' },
    summary: { kind: 'text', required: true },
    content: { kind: 'text' },
    validFrom: { kind: 'date', required: true },
  },
  async setup(client) {
    await expectCreated(client, '/documents', agreementOfValkenburg('doc-dvo-gm0994-propose'));
  },
};

export const approveAmendmentRoute: WriteRoute = {
  name: 'POST /documents/{id}/amendments/{amendmentId}/approvals',
  path: '/documents/doc-dvo-gm0994-approve/amendments/amendment-1/approvals',
  validBody: { organ: 'college:GM0994', approvedOn: '2026-03-01' },
  fields: {
    organ: { kind: 'reference', required: true },
    decision: { kind: 'reference' },
    approvedOn: { kind: 'date' },
  },
  async setup(client) {
    await agreementWithProposal(client, 'doc-dvo-gm0994-approve');
  },
};

export const adoptAmendmentRoute: WriteRoute = {
  name: 'POST /documents/{id}/amendments/{amendmentId}/adoption',
  path: '/documents/doc-dvo-gm0994-adopt/amendments/amendment-1/adoption',
  validBody: { adoptedOn: '2026-03-15' },
  fields: {
    adoptedOn: { kind: 'date' },
  },
  async setup(client) {
    await agreementWithProposal(client, 'doc-dvo-gm0994-adopt');
    for (const organ of ['college:GM0994', 'college:GM0935']) {
      await expectCreated(client, '/documents/doc-dvo-gm0994-adopt/amendments/amendment-1/approvals', { organ, approvedOn: '2026-03-01' });
    }
  },
};
