import type { CalendarDate } from '../shared/calendar-date';
import type { MunicipalityCode } from '../shared/party-id';

/** Every amendment event copies the document's `concerns`, so the event alone tells whom it concerns. */
export interface AmendmentProposed {
  readonly type: 'AmendmentProposed';
  readonly data: {
    readonly documentId: string;
    readonly amendmentId: string;
    readonly summary: string;
    readonly content: string | null;
    readonly contentSha256: string | null;
    readonly validFrom: CalendarDate;
    readonly concerns: readonly MunicipalityCode[];
  };
}

export interface AmendmentApproved {
  readonly type: 'AmendmentApproved';
  readonly data: {
    readonly documentId: string;
    readonly amendmentId: string;
    readonly organ: string;
    readonly decision: string | null;
    readonly approvedOn: CalendarDate;
    readonly concerns: readonly MunicipalityCode[];
  };
}

/**
 * The amendment became version `version` of the document: valid from
 * `validFrom` (retroactively where that lies before `adoptedOn`) until
 * `validUntil`, in force from `inForceFrom` (the later of validFrom and
 * adoptedOn). From `validFrom` on it replaces version `amendsVersion`, whose
 * validity now ends there.
 */
export interface AmendmentAdopted {
  readonly type: 'AmendmentAdopted';
  readonly data: {
    readonly documentId: string;
    readonly amendmentId: string;
    readonly adoptedOn: CalendarDate;
    /** The organs whose approvals the adoption rests on. */
    readonly approvedBy: readonly string[];
    readonly version: number;
    readonly amendsVersion: number;
    readonly validFrom: CalendarDate;
    readonly validUntil: CalendarDate | null;
    readonly inForceFrom: CalendarDate;
    readonly contentSha256: string | null;
    readonly concerns: readonly MunicipalityCode[];
  };
}

export type AmendmentEvent = AmendmentProposed | AmendmentApproved | AmendmentAdopted;
