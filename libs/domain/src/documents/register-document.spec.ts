import { deciderSpec } from '../testing/decider-spec';
import { FUNCTIONS, PARTICIPANTS, TODAY } from '../testing/szmh-reference.fixture';
import type { RegisterDocument } from './document.commands';
import type { DocumentRegistered } from './document.events';
import { documentDecider, evolve } from './document.decider';

const spec = deciderSpec(documentDecider);
const SHA = 'a'.repeat(64);

function register(overrides: Partial<RegisterDocument['data']> = {}, today = TODAY): RegisterDocument {
  return {
    type: 'RegisterDocument',
    data: {
      id: 'doc-mandate-gm0938-2026',
      type: 'mandate-decision',
      title: 'Mandaatbesluit SZMH Meerssen 2026',
      decidedOn: '2026-01-27',
      decidedBy: ['college:GM0938'],
      concerns: ['GM0938'],
      content: 'Het college van Meerssen besluit ...',
      ...overrides,
    },
    contentSha256: SHA,
    today,
    context: { participants: PARTICIPANTS, functions: FUNCTIONS },
  };
}

const REGISTERED: DocumentRegistered = {
  type: 'DocumentRegistered',
  data: {
    documentId: 'doc-mandate-gm0938-2026',
    type: 'mandate-decision',
    title: 'Mandaatbesluit SZMH Meerssen 2026',
    decidedOn: '2026-01-27',
    decidedBy: ['college:GM0938'],
    concerns: ['GM0938'],
    content: 'Het college van Meerssen besluit ...',
    contentSha256: SHA,
    parties: [],
    term: null,
  },
};

describe('RegisterDocument', () => {
  it("records Meerssen's mandate decision with its content and the handler's SHA-256 of it", () => {
    spec.given([]).when(register()).then([REGISTERED]);
  });

  it('keeps the hash but not the text in the state other commands receive', () => {
    expect(evolve(null, REGISTERED)).toMatchObject({ contentSha256: SHA, publications: [] });
    expect(evolve(null, REGISTERED)).not.toHaveProperty('content');
  });

  it('records a sub-mandate decision taken by a function, and an agreement with parties and a term', () => {
    spec.given([]).when(register({ decidedBy: ['GM0935.manager-sociale-zekerheid'], concerns: ['GM0935'] })).thenAccepts({ type: 'DocumentRegistered', data: { decidedBy: ['GM0935.manager-sociale-zekerheid'] } });
    const agreement = register({ type: 'agreement', parties: ['college:GM0935', 'college:GM0938'], term: { from: '2026-01-01', until: '2028-01-01' } });
    spec.given([]).when(agreement).thenAccepts({ type: 'DocumentRegistered', data: { parties: ['college:GM0935', 'college:GM0938'], term: { from: '2026-01-01', until: '2028-01-01' } } });
  });

  describe('CHRONOLOGY', () => {
    it('refuses a decision taken after today', () => {
      const error = spec.given([]).when(register({ decidedOn: '2026-11-24' })).thenRejects('CHRONOLOGY');
      expect(error.meta).toEqual({ field: 'decidedOn', date: '2026-11-24', today: TODAY });
    });

    it('accepts a decision taken today', () => {
      spec.given([]).when(register({ decidedOn: TODAY })).thenAccepts({ type: 'DocumentRegistered', data: { decidedOn: TODAY } });
    });
  });

  describe('INVALID_PERIOD', () => {
    it('refuses a term that ends on or before it starts, and accepts an open term', () => {
      spec.given([]).when(register({ term: { from: '2026-01-01', until: '2026-01-01' } })).thenRejects('INVALID_PERIOD');
      spec.given([]).when(register({ term: { from: '2026-01-01', until: null } })).thenAccepts({ type: 'DocumentRegistered', data: { term: { from: '2026-01-01', until: null } } });
    });
  });

  describe('UNKNOWN_REFERENCE', () => {
    it('refuses a municipality, organ or function the register does not know', () => {
      spec.given([]).when(register({ concerns: ['GM0363'] })).thenRejects('UNKNOWN_REFERENCE');
      spec.given([]).when(register({ decidedBy: ['college:GM0363'] })).thenRejects('UNKNOWN_REFERENCE');
      spec.given([]).when(register({ decidedBy: ['GM0935.onbekend'] })).thenRejects('UNKNOWN_REFERENCE');
    });
  });

  it('refuses an id already registered with ALREADY_EXISTS, and malformed input with VALIDATION_FAILED', () => {
    spec.given([REGISTERED]).when(register()).thenRejects('ALREADY_EXISTS');
    spec.given([]).when(register({ type: 'memo' })).thenRejects('VALIDATION_FAILED');
    spec.given([]).when(register({ decidedBy: [] })).thenRejects('VALIDATION_FAILED');
    spec.given([]).when(register({ concerns: ['Meerssen'] })).thenRejects('VALIDATION_FAILED');
  });
});
