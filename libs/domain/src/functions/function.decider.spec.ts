import type { ParticipantRecord } from '../participants/participation';
import { deciderSpec } from '../testing/decider-spec';
import { MAASTRICHT } from '../testing/szmh-reference.fixture';
import type { RegisterFunction } from './function.commands';
import type { FunctionRegistered } from './function.events';
import { functionDecider } from './function.decider';

const spec = deciderSpec(functionDecider);

const register = (overrides: Partial<RegisterFunction['data']> = {}, participant: ParticipantRecord | null = MAASTRICHT): RegisterFunction => ({
  type: 'RegisterFunction',
  data: { id: 'GM0935.manager-sociale-zekerheid', name: 'Manager Sociale Zekerheid', municipality: 'GM0935', externalTitles: ['Directeur SZMH'], ...overrides },
  context: { participant },
});

const REGISTERED: FunctionRegistered = {
  type: 'FunctionRegistered',
  data: { functionId: 'GM0935.manager-sociale-zekerheid', name: 'Manager Sociale Zekerheid', municipality: 'GM0935', externalTitles: ['Directeur SZMH'] },
};

describe('RegisterFunction', () => {
  it('records the Manager Sociale Zekerheid of Maastricht with the external title Directeur SZMH', () => {
    spec.given([]).when(register()).then([REGISTERED]);
  });

  it('refuses an id whose municipality prefix differs from the municipality (VALIDATION_FAILED)', () => {
    spec.given([]).when(register({ id: 'GM0938.manager-sociale-zekerheid' })).thenRejects('VALIDATION_FAILED');
    spec.given([]).when(register({ id: 'manager-sociale-zekerheid' })).thenRejects('VALIDATION_FAILED');
  });

  it('refuses a function of a municipality the register does not know (UNKNOWN_REFERENCE)', () => {
    spec.given([]).when(register({}, null)).thenRejects('UNKNOWN_REFERENCE');
  });

  it('refuses registering the same position twice (ALREADY_EXISTS)', () => {
    spec.given([REGISTERED]).when(register()).thenRejects('ALREADY_EXISTS');
  });
});
