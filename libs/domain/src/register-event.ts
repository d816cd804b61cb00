import type { DocumentEvent } from './documents/document.events';
import type { FunctionEvent } from './functions/function.events';
import type { MandateEvent } from './mandates/mandate.events';
import { mandateConcerns } from './mandates/mandate.state';
import type { ParticipantEvent } from './participants/participant.events';
import type { PowerEvent } from './powers/power.events';
import { assertNever } from './shared/assert-never';
import type { MunicipalityCode } from './shared/party-id';

/** Every event the write side appends. */
export type RegisterEvent = ParticipantEvent | FunctionEvent | PowerEvent | DocumentEvent | MandateEvent;

export type RegisterEventType = RegisterEvent['type'];

const sorted = (codes: readonly MunicipalityCode[]): MunicipalityCode[] => [...new Set(codes)].sort();

/**
 * The municipalities an event concerns, for the `municipalities` field of its
 * metadata: a partner's rekenkamer and accountant inspect what concerns their
 * municipality and nothing else (GR SZMH arts. 11, 12; access separation per
 * the decision of 27-01-2026, point 6.1). A mandate concerns the municipalities
 * it is for and those of its grantor and grantee; a document the municipalities
 * it says it concerns. A power of the catalogue belongs to no municipality: the
 * empty list marks reference data of the arrangement, which the read side may
 * show to every reader.
 */
export function concernedMunicipalities(event: RegisterEvent): MunicipalityCode[] {
  switch (event.type) {
    case 'ParticipantJoined':
    case 'ParticipantExited':
    case 'FunctionRegistered':
      return [event.data.municipality];
    case 'PowerCatalogued':
      return [];
    case 'DocumentRegistered':
    case 'DecisionPublished':
    case 'PublicationCorrected':
    case 'AmendmentProposed':
    case 'AmendmentApproved':
    case 'AmendmentAdopted':
    case 'MandateRevoked':
    case 'MandateCorrected':
      return sorted(event.data.concerns);
    case 'MandateGranted':
      return mandateConcerns(event.data);
    default:
      return assertNever(event);
  }
}
