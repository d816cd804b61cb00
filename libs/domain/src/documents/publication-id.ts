import { yearOf, type CalendarDate } from '../shared/calendar-date';
import { DomainError } from '../shared/domain.error';
import type { PublicationMedium } from './document.state';

/**
 * Official publication sheets number their issues per year: the gemeenteblad
 * as `gmb-2026-12345`, the Staatscourant as `stcrt-2026-12345` (the form used
 * on officielebekendmakingen.nl), the year being that of publication. Other
 * media are free-form.
 */
const PUBLICATION_ID_FORMS: Readonly<Record<PublicationMedium, { pattern: RegExp; example: string } | null>> = {
  gemeenteblad: { pattern: /^gmb-(\d{4})-[1-9]\d*$/, example: 'gmb-2026-12345' },
  staatscourant: { pattern: /^stcrt-(\d{4})-[1-9]\d*$/, example: 'stcrt-2026-12345' },
  other: null,
};

/** INVALID_PUBLICATION_ID unless the identifier has its medium's form, numbered in the year of `publishedOn`. */
export function requirePublicationIdForm(medium: PublicationMedium, publicationId: string, publishedOn: CalendarDate): void {
  const form = PUBLICATION_ID_FORMS[medium];
  if (form === null) return;
  const match = form.pattern.exec(publicationId);
  if (match === null) {
    throw new DomainError(
      'INVALID_PUBLICATION_ID',
      `Awb 3:42: a publication in the ${medium} is identified like ${form.example}; "${publicationId}" is not of that form.`,
      { medium, publicationId },
    );
  }
  if (Number(match[1]) !== yearOf(publishedOn)) {
    throw new DomainError(
      'INVALID_PUBLICATION_ID',
      `Awb 3:42: the ${medium} numbers its publications per year, so "${publicationId}" names a publication of ${match[1]}, ` +
        `not one published on ${publishedOn}.`,
      { medium, publicationId, publishedOn },
    );
  }
}

/**
 * An identifier names one publication in the whole register (domain.md). The
 * decider sees one document; across documents the handler reserves the
 * identifier (append to `publicationReservationStreamId` with no-stream) and
 * raises this error when the reservation already exists.
 */
export function duplicatePublication(publicationId: string, documentId: string | null = null): DomainError {
  const where = documentId === null ? 'another publication in the register' : `a publication of ${documentId}`;
  return new DomainError(
    'DUPLICATE_PUBLICATION',
    `Awb 3:42: the identifier ${publicationId} already names ${where}; an identifier names one publication.`,
    { publicationId, document: documentId },
  );
}

export const publicationReservationStreamId = (publicationId: string): string => `publication-id-${publicationId}`;
