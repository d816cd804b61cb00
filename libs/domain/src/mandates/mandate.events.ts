import type { CalendarDate } from '../shared/calendar-date';
import type { MunicipalityCode } from '../shared/party-id';
import type { MandateTerms } from './mandate.state';

/** Both original mandates and sub-mandates (then with `parentMandateId`). */
export interface MandateGranted {
  readonly type: 'MandateGranted';
  readonly data: MandateTerms & {
    readonly mandateId: string;
    readonly parentMandateId: string | null;
    /** The date its decision document was taken; publication dates follow from DecisionPublished of that document. */
    readonly decidedOn: CalendarDate;
  };
}

export interface MandateRevoked {
  readonly type: 'MandateRevoked';
  readonly data: {
    readonly mandateId: string;
    readonly decision: string;
    readonly decidedOn: CalendarDate;
    /** First day the mandate no longer applies. */
    readonly validUntil: CalendarDate;
    /** Copied from the mandate so the event alone tells whom it concerns. */
    readonly concerns: readonly MunicipalityCode[];
  };
}

/** The values a correction may change (api.md); everything else needs a new decision. */
interface CorrectableValues {
  readonly validFrom: CalendarDate;
  readonly validUntil: CalendarDate | null;
  readonly ceiling: number | null;
  readonly instructions: readonly string[];
  readonly decision: string;
}

type CorrectableField = keyof CorrectableValues;

export type MandateCorrection = {
  [F in CorrectableField]: { readonly field: F; readonly value: CorrectableValues[F]; readonly previousValue: CorrectableValues[F] };
}[CorrectableField];

export interface MandateCorrected {
  readonly type: 'MandateCorrected';
  readonly data: MandateCorrection & {
    readonly mandateId: string;
    readonly reason: string;
    readonly evidence: string | null;
    /** The mandate's dates after the correction, so a reader need not replay. */
    readonly decidedOn: CalendarDate;
    readonly validFrom: CalendarDate;
    readonly validUntil: CalendarDate | null;
    readonly concerns: readonly MunicipalityCode[];
  };
}

export type MandateEvent = MandateGranted | MandateRevoked | MandateCorrected;
