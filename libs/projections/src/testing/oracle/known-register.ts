import { assertNever, bringsIntoForce, publicationRecordOf } from '@register/domain';
import type {
  ActKind,
  CalendarDate,
  DocumentRecord,
  MandateCorrected,
  MunicipalityCode,
  OrganKind,
  ParticipantRecord,
  PublicationRecord,
  RegisterEvent,
  RegisterEventType,
} from '@register/domain';
import type { StoredEvent } from '@register/event-store';

/**
 * The register as it stood at `knownAt`, folded into plain maps by brute
 * force: the oracle's whole state. Only what bears on competence is kept.
 */
export interface KnownPublication {
  readonly publicationId: string;
  readonly publishedOn: CalendarDate;
  readonly inForceFrom: CalendarDate;
  /** Null for a publication of the document itself. */
  readonly amendmentId: string | null;
  /** In the gemeenteblad of the organ that must publish (Awb 3:42 lid 1): only then does it bring anything into force. */
  readonly bringsIntoForce: boolean;
}

/** A power of the catalogue as the authority question needs it. */
interface KnownPower {
  readonly holder: OrganKind;
  readonly mandatable: boolean;
  readonly nonMandatableReason: string | null;
  readonly actKind: ActKind;
}

export interface KnownMandate {
  readonly mandateId: string;
  readonly parentMandateId: string | null;
  readonly grantor: string;
  readonly grantee: string;
  readonly powers: readonly string[];
  readonly municipalities: readonly MunicipalityCode[];
  readonly ceiling: number | null;
  readonly validFrom: CalendarDate;
  readonly validUntil: CalendarDate | null;
  readonly decision: string;
  /** The date its decision was taken, as corrected: what RETROACTIVE compares with. */
  readonly decidedOn: CalendarDate;
  /** First day it no longer applies by revocation (Awb 10:8); null when not revoked. */
  readonly revokedFrom: CalendarDate | null;
  /** The decision that revoked it; null when not revoked. */
  readonly revocationDecision: string | null;
}

export interface KnownRegister {
  readonly participants: ReadonlyMap<MunicipalityCode, ParticipantRecord>;
  /** The catalogue entry per power. */
  readonly powers: ReadonlyMap<string, KnownPower>;
  /** Publications per document id, in the order they were recorded, as corrected by knownAt. */
  readonly publications: ReadonlyMap<string, readonly KnownPublication[]>;
  readonly mandates: ReadonlyMap<string, KnownMandate>;
}

interface MutableRegister {
  readonly participants: Map<MunicipalityCode, ParticipantRecord>;
  readonly powers: Map<string, KnownPower>;
  /** Who decided each document: an older publication's publisher is the organ that must publish it. */
  readonly documents: Map<string, Pick<DocumentRecord, 'type' | 'decidedBy'>>;
  readonly publications: Map<string, readonly KnownPublication[]>;
  readonly mandates: Map<string, KnownMandate>;
}

/**
 * The register's own event types. The log also holds the write side's
 * bookkeeping (`PublicationIdReserved`, the idempotency ledger), which says
 * nothing about competence and is passed by. A Record keeps the list complete:
 * a new RegisterEvent type that is missing here does not compile.
 */
const REGISTER_EVENT_TYPES: Readonly<Record<RegisterEventType, true>> = {
  ParticipantJoined: true,
  ParticipantExited: true,
  FunctionRegistered: true,
  PowerCatalogued: true,
  DocumentRegistered: true,
  DecisionPublished: true,
  PublicationCorrected: true,
  AmendmentProposed: true,
  AmendmentApproved: true,
  AmendmentAdopted: true,
  MandateGranted: true,
  MandateRevoked: true,
  MandateCorrected: true,
};

/** Every register event recorded at or before `knownAt`, folded in log order. */
export function foldKnownRegister(events: readonly StoredEvent[], knownAt: string): KnownRegister {
  const cutoff = instant(knownAt, 'knownAt');
  const known = events
    .filter((event) => Object.hasOwn(REGISTER_EVENT_TYPES, event.type))
    .filter((event) => instant(event.recordedAt, `recordedAt of ${event.eventId}`) <= cutoff)
    .sort((a, b) => a.position - b.position);
  const register: MutableRegister = { participants: new Map(), powers: new Map(), documents: new Map(), publications: new Map(), mandates: new Map() };
  // Only the write side appends these types, one aggregate per stream: the cast is sound.
  known.forEach(({ type, data }) => apply(register, { type, data } as RegisterEvent));
  return register;
}

/** Instants are compared as instants, so `...10:00:00Z` and `...10:00:00.000Z` agree. */
function instant(value: string, what: string): number {
  const millis = Date.parse(value);
  if (Number.isNaN(millis)) throw new Error(`${what} is not an ISO-8601 instant: ${JSON.stringify(value)}`);
  return millis;
}

function apply(register: MutableRegister, event: RegisterEvent): void {
  switch (event.type) {
    case 'ParticipantJoined':
    case 'ParticipantExited':
      return applyParticipation(register, event);
    case 'FunctionRegistered':
      // A function holds no power of its own: it acts only through a mandate, which names it.
      return;
    case 'PowerCatalogued': {
      const { powerId, holder, mandatable, nonMandatableReason, actKind } = event.data;
      register.powers.set(powerId, { holder, mandatable, nonMandatableReason, actKind });
      return;
    }
    case 'DocumentRegistered':
      // A document matters to competence only through its publications (Awb 3:40), and whose sheet they must appear in.
      register.documents.set(event.data.documentId, event.data);
      return;
    case 'DecisionPublished': {
      const document = register.documents.get(event.data.documentId);
      if (document === undefined) return;
      const earlier = register.publications.get(event.data.documentId) ?? [];
      register.publications.set(event.data.documentId, [...earlier, known(publicationRecordOf(event.data, document))]);
      return;
    }
    case 'AmendmentProposed':
    case 'AmendmentApproved':
    case 'AmendmentAdopted':
      // Agreements and the charter change by amendment; no mandate's competence rests on their text.
      return;
    case 'PublicationCorrected': {
      // From its recordedAt on the corrected record stands; before it the old one, which the knownAt filter gives for free.
      const { documentId, publicationId, publication } = event.data;
      const corrected = (register.publications.get(documentId) ?? []).map((p) => (p.publicationId === publicationId ? known(publication) : p));
      register.publications.set(documentId, corrected);
      return;
    }
    case 'MandateGranted':
    case 'MandateRevoked':
    case 'MandateCorrected':
      return applyMandate(register, event);
    default:
      return assertNever(event);
  }
}

function known(record: PublicationRecord): KnownPublication {
  const { publicationId, publishedOn, inForceFrom, amendmentId } = record;
  return { publicationId, publishedOn, inForceFrom, amendmentId, bringsIntoForce: bringsIntoForce(record) };
}

/** Joining opens a period and an exit closes the open one; `exitOn` is the first day not taking part (GR art. 21). */
function applyParticipation(register: MutableRegister, event: Extract<RegisterEvent, { type: `Participant${string}` }>): void {
  const { municipality } = event.data;
  const record = register.participants.get(municipality);
  if (event.type === 'ParticipantJoined') {
    const period = { joinedOn: event.data.joinedOn, exitOn: null, exitDecision: null };
    register.participants.set(municipality, { municipality, name: event.data.name, periods: [...(record?.periods ?? []), period] });
    return;
  }
  if (record === undefined) return;
  const periods = record.periods.map((p) => (p.exitOn === null ? { ...p, exitOn: event.data.exitOn, exitDecision: event.data.decision } : p));
  register.participants.set(municipality, { ...record, periods });
}

function applyMandate(register: MutableRegister, event: Extract<RegisterEvent, { type: `Mandate${string}` }>): void {
  if (event.type === 'MandateGranted') {
    const { mandateId, parentMandateId, grantor, grantee, powers, municipalities, ceiling } = event.data;
    const { validFrom, validUntil, decision, decidedOn } = event.data;
    const granted = { mandateId, parentMandateId, grantor, grantee, powers, municipalities, ceiling, validFrom, validUntil, decision, decidedOn };
    register.mandates.set(mandateId, { ...granted, revokedFrom: null, revocationDecision: null });
    return;
  }
  const mandate = register.mandates.get(event.data.mandateId);
  if (mandate === undefined) return;
  if (event.type === 'MandateRevoked') {
    // A mandate is revoked once: the write side refuses a second revocation (ALREADY_REVOKED).
    register.mandates.set(mandate.mandateId, { ...mandate, revokedFrom: event.data.validUntil, revocationDecision: event.data.decision });
    return;
  }
  register.mandates.set(mandate.mandateId, corrected(mandate, event.data));
}

/**
 * A correction replaces one value from its recordedAt on; before it the old
 * value stands (domain.md example 4), which the knownAt filter gives for free.
 * The event also carries the decision date after the correction.
 */
function corrected(mandate: KnownMandate, correction: MandateCorrected['data']): KnownMandate {
  const withDate = { ...mandate, decidedOn: correction.decidedOn };
  switch (correction.field) {
    case 'validFrom':
      return { ...withDate, validFrom: correction.value };
    case 'validUntil':
      return { ...withDate, validUntil: correction.value };
    case 'ceiling':
      return { ...withDate, ceiling: correction.value };
    case 'instructions':
      // Instructions (Awb 10:6) steer how the power is used, not whether it is held.
      return withDate;
    case 'decision':
      return { ...withDate, decision: correction.value };
    default:
      return assertNever(correction);
  }
}
