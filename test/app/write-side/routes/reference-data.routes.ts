import { expectCreated } from '../../support/szmh-parties.fixture';
import type { WriteRoute } from './write-route';

/** Beekdaelen joins; Sittard-Geleen, joined in 2015, is the participant that exits. */
const EXIT_DECISION = {
  id: 'doc-exit-gm1883',
  type: 'exit-decision',
  title: 'Besluit uittreding Sittard-Geleen',
  decidedOn: '2026-03-01',
  decidedBy: ['college:GM1883'],
  concerns: ['GM1883'],
};

export const joinRoute: WriteRoute = {
  name: 'POST /participants',
  path: '/participants',
  validBody: { municipality: 'GM1954', name: 'Beekdaelen', joinedOn: '2026-07-01' },
  chosenId: 'GM1954',
  fields: {
    municipality: { kind: 'id', required: true },
    name: { kind: 'text', required: true },
    joinedOn: { kind: 'date', required: true },
  },
};

export const exitRoute: WriteRoute = {
  name: 'POST /participants/{municipality}/exit',
  path: '/participants/GM1883/exit',
  validBody: { exitOn: '2026-07-01', decision: EXIT_DECISION.id },
  fields: {
    exitOn: { kind: 'date', required: true },
    decision: { kind: 'reference', required: true },
  },
  async setup(client) {
    await expectCreated(client, '/participants', { municipality: 'GM1883', name: 'Sittard-Geleen', joinedOn: '2015-01-01' });
    await expectCreated(client, '/documents', EXIT_DECISION);
  },
};

export const functionRoute: WriteRoute = {
  name: 'POST /functions',
  path: '/functions',
  validBody: {
    id: 'GM0935.consulent-werk-en-inkomen',
    name: 'Consulent Werk en Inkomen',
    municipality: 'GM0935',
    externalTitles: ['Klantmanager SZMH'],
  },
  chosenId: 'GM0935.consulent-werk-en-inkomen',
  fields: {
    id: { kind: 'id', required: true },
    name: { kind: 'text', required: true },
    municipality: { kind: 'reference', required: true },
    externalTitles: { kind: 'texts' },
  },
};

export const powerRoute: WriteRoute = {
  name: 'POST /powers',
  path: '/powers',
  validBody: {
    id: 'PW-INLICHTINGEN',
    label: 'Inwinnen van inlichtingen',
    legalBasis: 'Participatiewet art. 53a',
    holder: 'college',
    mandatable: true,
    privateLaw: false,
  },
  chosenId: 'PW-INLICHTINGEN',
  fields: {
    id: { kind: 'id', required: true },
    label: { kind: 'text', required: true },
    legalBasis: { kind: 'text', required: true },
    holder: { kind: 'enum', required: true, values: ['college', 'burgemeester', 'raad'] },
    mandatable: { kind: 'boolean', required: true },
    nonMandatableReason: { kind: 'text' },
    privateLaw: { kind: 'boolean' },
  },
};
