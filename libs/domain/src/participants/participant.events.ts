import type { CalendarDate } from '../shared/calendar-date';
import type { MunicipalityCode } from '../shared/party-id';

export interface ParticipantJoined {
  readonly type: 'ParticipantJoined';
  readonly data: {
    readonly municipality: MunicipalityCode;
    readonly name: string;
    readonly joinedOn: CalendarDate;
  };
}

export interface ParticipantExited {
  readonly type: 'ParticipantExited';
  readonly data: {
    readonly municipality: MunicipalityCode;
    /** First day the municipality no longer takes part. */
    readonly exitOn: CalendarDate;
    readonly decision: string;
    /** The exit decision's date, copied from its document for the time model. */
    readonly decidedOn: CalendarDate;
  };
}

export type ParticipantEvent = ParticipantJoined | ParticipantExited;
