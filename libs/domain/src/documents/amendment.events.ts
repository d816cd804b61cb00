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
 * `validUntil`. From `validFrom` on it replaces version `amendsVersion`, whose
 * validity now ends there.
 *
 * `entryIntoForce` says what brings it into force. An amendment of an
 * agreement or the charter (`adoption`) is in force from `inForceFrom`, the
 * later of validFrom and adoptedOn. An amendment of the arrangement
 * (`publication`) is in force only once the central college published it in
 * its gemeenteblad (GR SZMH art. 27, Wgr art. 26): from the later of
 * `inForceFrom` and that publication's inForceFrom (a DecisionPublished with
 * this `amendmentId`); until then it is on the publication work list.
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
    /** Absent in events recorded before it was: 'publication' for the arrangement, 'adoption' for the rest. */
    readonly entryIntoForce?: 'adoption' | 'publication';
    readonly contentSha256: string | null;
    readonly concerns: readonly MunicipalityCode[];
  };
}

export type AmendmentEvent = AmendmentProposed | AmendmentApproved | AmendmentAdopted;
