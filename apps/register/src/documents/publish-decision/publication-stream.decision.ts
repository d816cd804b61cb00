import type { DocumentCommand, DocumentEvent, DocumentState } from '@register/domain';
import { documentDecider, documentStreamId } from '@register/domain';
import type { StreamDecision } from '../../write-side/decider-runner';

/**
 * A publication command on its document's stream. Its events come after the
 * reservation of a number (index 0), so they start at `firstEventIndex`.
 */
export function publicationStreamDecision(
  documentId: string,
  firstEventIndex: number,
  command: () => Promise<DocumentCommand>,
): StreamDecision<DocumentCommand, DocumentEvent, DocumentState> {
  return { decider: documentDecider, streamId: documentStreamId(documentId), resource: { kind: 'document', id: documentId }, firstEventIndex, command };
}
