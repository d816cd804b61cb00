import { deciderSpec } from '../testing/decider-spec';
import { document } from '../testing/szmh-reference.fixture';
import type { DocumentRecord } from '../documents/document.state';
import type { ExitParticipant, JoinParticipant } from './participant.commands';
import type { ParticipantExited, ParticipantJoined } from './participant.events';
import { evolve, participantDecider } from './participant.decider';
import { participatesOn } from './participation';

const spec = deciderSpec(participantDecider);

const EXIT_DECISION = document({ documentId: 'doc-exit-gm1903', type: 'exit-decision', decidedOn: '2020-01-14', decidedBy: ['college:GM1903'], concerns: ['GM1903'] });

const join = (joinedOn = '2015-01-01'): JoinParticipant => ({
  type: 'JoinParticipant',
  data: { municipality: 'GM1903', name: 'Eijsden-Margraten', joinedOn },
});

const exit = (exitOn = '2021-07-01', decision: DocumentRecord | null = EXIT_DECISION): ExitParticipant => ({
  type: 'ExitParticipant',
  data: { municipality: 'GM1903', exitOn, decision: 'doc-exit-gm1903' },
  context: { decision },
});

const JOINED: ParticipantJoined = { type: 'ParticipantJoined', data: { municipality: 'GM1903', name: 'Eijsden-Margraten', joinedOn: '2015-01-01' } };
const EXITED: ParticipantExited = {
  type: 'ParticipantExited',
  data: { municipality: 'GM1903', exitOn: '2021-07-01', decision: 'doc-exit-gm1903', decidedOn: '2020-01-14' },
};

describe('participants', () => {
  it('records a municipality joining the arrangement', () => {
    spec.given([]).when(join()).then([JOINED]);
  });

  it('records Eijsden-Margraten leaving on 2021-07-01 by its exit decision', () => {
    spec.given([JOINED]).when(exit()).then([EXITED]);
  });

  it('treats the exit date as the first day the municipality no longer takes part', () => {
    const record = evolve(evolve(null, JOINED), EXITED);
    expect(record && [participatesOn(record, '2014-12-31'), participatesOn(record, '2015-01-01')]).toEqual([false, true]);
    expect(record && [participatesOn(record, '2021-06-30'), participatesOn(record, '2021-07-01')]).toEqual([true, false]);
  });

  it('refuses joining while already taking part with ALREADY_EXISTS', () => {
    spec.given([JOINED]).when(join('2020-01-01')).thenRejects('ALREADY_EXISTS');
  });

  describe('INVALID_PERIOD', () => {
    it('refuses joining again before the exit took effect, and accepts joining again from the exit date', () => {
      spec.given([JOINED, EXITED]).when(join('2021-06-30')).thenRejects('INVALID_PERIOD');
      spec.given([JOINED, EXITED]).when(join('2021-07-01')).thenAccepts({ type: 'ParticipantJoined', data: { municipality: 'GM1903', joinedOn: '2021-07-01' } });
    });

    it('refuses an exit on or before the joining date', () => {
      spec.given([JOINED]).when(exit('2015-01-01')).thenRejects('INVALID_PERIOD');
    });
  });

  it('refuses an exit without a registered decision document (DECISION_DOCUMENT_REQUIRED)', () => {
    spec.given([JOINED]).when(exit('2021-07-01', null)).thenRejects('DECISION_DOCUMENT_REQUIRED');
  });

  describe('the exit decision belongs to the leaving college (GR SZMH art. 21 lid 1)', () => {
    const decidedBy = (parties: string[], type: DocumentRecord['type'] = 'exit-decision') => exit('2021-07-01', { ...EXIT_DECISION, decidedBy: parties, type });

    it("refuses the council's consent as the exit decision: DOCUMENT_TYPE_MISMATCH", () => {
      const error = spec.given([JOINED]).when(decidedBy(['raad:GM1903'], 'other')).thenRejects('DOCUMENT_TYPE_MISMATCH');
      expect(error.detail).toContain('an exit rests on an exit decision');
    });

    it('refuses an exit decided by the council alone, or by the central college: DECISION_NOT_OF_GRANTOR', () => {
      const error = spec.given([JOINED]).when(decidedBy(['raad:GM1903'])).thenRejects('DECISION_NOT_OF_GRANTOR');
      expect(error.detail).toBe(
        'GR SZMH art. 21 lid 1: the college of a participating municipality decides its own exit; doc-exit-gm1903 was taken by ' +
          'the gemeenteraad van Eijsden-Margraten, not by the college van burgemeester en wethouders van Eijsden-Margraten.',
      );
      spec.given([JOINED]).when(decidedBy(['college:GM0935'])).thenRejects('DECISION_NOT_OF_GRANTOR');
    });

    it('accepts the exit decision of the college, also when its council is named beside it', () => {
      spec.given([JOINED]).when(decidedBy(['college:GM1903', 'raad:GM1903'])).thenAccepts({ type: 'ParticipantExited' });
    });
  });

  it('refuses leaving twice with NOT_A_PARTICIPANT, and leaving a register it never joined with UNKNOWN_REFERENCE', () => {
    spec.given([JOINED, EXITED]).when(exit('2022-01-01')).thenRejects('NOT_A_PARTICIPANT');
    spec.given([]).when(exit()).thenRejects('UNKNOWN_REFERENCE');
  });

  it('keeps both periods of a municipality that left and joined again', () => {
    const rejoined: ParticipantJoined = { type: 'ParticipantJoined', data: { ...JOINED.data, joinedOn: '2024-01-01' } };
    const record = [JOINED, EXITED, rejoined].reduce(evolve, null);
    expect(record && ['2020-01-01', '2022-01-01', '2024-01-01'].map((d) => participatesOn(record, d))).toEqual([true, false, true]);
  });
});
