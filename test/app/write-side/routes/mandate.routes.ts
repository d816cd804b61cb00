import { grantMeerssenMandate, managerSubMandateBody, meerssenMandateBody } from '../../support/szmh-mandates.fixture';
import { DOCUMENTS } from '../../support/szmh-parties.fixture';
import type { FieldSpec, WriteRoute } from './write-route';

const GRANT_FIELDS: Readonly<Record<string, FieldSpec>> = {
  id: { kind: 'id' },
  kind: { kind: 'enum', required: true, values: ['mandaat', 'volmacht', 'machtiging'] },
  scope: { kind: 'enum', required: true, values: ['general', 'case'] },
  grantee: { kind: 'reference', required: true },
  powers: { kind: 'references', required: true, nonEmpty: true },
  municipalities: { kind: 'references' },
  subMandateAllowed: { kind: 'references' },
  ceiling: { kind: 'amount', nullable: true },
  instructions: { kind: 'texts' },
  consentBasis: { kind: 'consentBasis' },
  decision: { kind: 'reference', required: true },
  validFrom: { kind: 'date', required: true },
  validUntil: { kind: 'date', nullable: true },
};

export const grantRoute: WriteRoute = {
  name: 'POST /mandates',
  path: '/mandates',
  validBody: meerssenMandateBody({ id: 'mandate-gm0938-route' }),
  chosenId: 'mandate-gm0938-route',
  fields: { ...GRANT_FIELDS, grantor: { kind: 'reference', required: true } },
};

export const subMandateRoute: WriteRoute = {
  name: 'POST /mandates/{id}/sub-mandates',
  path: '/mandates/mandate-gm0938-parent-route/sub-mandates',
  validBody: managerSubMandateBody({ id: 'submandate-gm0935-manager-route' }),
  chosenId: 'submandate-gm0935-manager-route',
  fields: GRANT_FIELDS,
  setup: (client) => grantMeerssenMandate(client, { id: 'mandate-gm0938-parent-route' }).then(() => undefined),
};

export const revocationRoute: WriteRoute = {
  name: 'POST /mandates/{id}/revocations',
  path: '/mandates/mandate-gm0938-to-revoke/revocations',
  validBody: { decision: DOCUMENTS.meerssenRevocation.id, validUntil: '2026-07-01' },
  fields: {
    decision: { kind: 'reference', required: true },
    validUntil: { kind: 'date', required: true },
  },
  setup: (client) => grantMeerssenMandate(client, { id: 'mandate-gm0938-to-revoke' }).then(() => undefined),
};

export const correctionRoute: WriteRoute = {
  name: 'POST /mandates/{id}/corrections',
  path: '/mandates/mandate-gm0938-to-correct/corrections',
  validBody: {
    field: 'ceiling',
    value: 20000,
    reason: 'The decision says 20,000 euros; 25,000 was a typing error in the register',
    evidence: DOCUMENTS.meerssenMandate.id,
  },
  fields: {
    field: { kind: 'enum', required: true, values: ['validFrom', 'validUntil', 'ceiling', 'instructions', 'decision'] },
    value: { kind: 'anything', required: true, nullable: true },
    reason: { kind: 'text', required: true },
    evidence: { kind: 'text' },
  },
  setup: (client) => grantMeerssenMandate(client, { id: 'mandate-gm0938-to-correct' }).then(() => undefined),
};
