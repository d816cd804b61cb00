import { requireDate } from '../shared/calendar-date';
import { unknownReference, validationFailed } from '../shared/common.errors';
import { requireOneOf, requireText } from '../shared/input-validation';
import { requireOrgan } from '../shared/party-id';
import type { CorrectPublication } from './document.commands';
import type { PublicationCorrected, PublicationCorrection } from './document.events';
import { PUBLICATION_MEDIA, type DocumentState, type PublicationRecord } from './document.state';
import { checkPublication, publicationTarget, requireKnownPublisher } from './publication.rules';

const CORRECTABLE_FIELDS = 'publicationId, publishedOn, inForceFrom, medium, publisher';

/**
 * A publication recorded wrongly (a mistyped number or date, the wrong sheet)
 * is corrected, not deleted (domain.md): the event keeps the old value and
 * the reason, and the corrected record is checked like a new publication,
 * against the document's other publications. A number and its medium are
 * checked together, so a gemeenteblad number recorded as a Staatscourant
 * notice is corrected through the free-form medium `other`.
 */
export function decideCorrectPublication({ data, today, context }: CorrectPublication, state: DocumentState): PublicationCorrected[] {
  if (state === null) throw unknownReference('document', data.documentId);
  const current = state.publications.find((p) => p.publicationId === data.publicationId);
  if (current === undefined) throw unknownReference('publication', `${data.publicationId} of ${state.documentId}`);
  const correction = toCorrection(data.field, data.value, current);
  const reason = requireText(data.reason, 'reason');
  const publication = applyPublicationCorrection(current, correction);
  if (correction.field === 'publisher') requireKnownPublisher(publication.publisher, context);
  const others = { ...state, publications: state.publications.filter((p) => p !== current) };
  checkPublication(others, publicationTarget(state, current.amendmentId), publication, today);
  const { documentId, concerns } = state;
  return [{ type: 'PublicationCorrected', data: { ...correction, documentId, publicationId: current.publicationId, reason, publication, concerns } }];
}

function toCorrection(field: string, value: unknown, current: PublicationRecord): PublicationCorrection {
  const correction = parseCorrection(field, value, current);
  if (correction.value === correction.previousValue) {
    throw validationFailed('value', `${field} is already ${JSON.stringify(correction.value)}; a correction must change it`);
  }
  return correction;
}

function parseCorrection(field: string, value: unknown, current: PublicationRecord): PublicationCorrection {
  switch (field) {
    case 'publicationId':
      return { field, value: requireText(value, 'value'), previousValue: current.publicationId };
    case 'publishedOn':
      return { field, value: requireDate(value, 'value'), previousValue: current.publishedOn };
    case 'inForceFrom':
      return { field, value: requireDate(value, 'value'), previousValue: current.inForceFrom };
    case 'medium':
      return { field, value: requireOneOf(value, PUBLICATION_MEDIA, 'value'), previousValue: current.medium };
    case 'publisher':
      return { field, value: requireOrgan(value, 'value').id, previousValue: current.publisher };
    default:
      throw validationFailed('field', `must be one of ${CORRECTABLE_FIELDS}`);
  }
}

function applyPublicationCorrection(record: PublicationRecord, correction: PublicationCorrection): PublicationRecord {
  return { ...record, [correction.field]: correction.value };
}
