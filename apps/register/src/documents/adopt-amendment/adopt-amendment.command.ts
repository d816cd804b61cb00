import { Command } from '@nestjs/cqrs';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { AdoptAmendmentResult } from './adopt-amendment.result';

/** POST /documents/{id}/amendments/{amendmentId}/adoption; `adoptedOn` null means today. */
export type AdoptAmendmentInput = {
  readonly documentId: string;
  readonly amendmentId: string;
  readonly adoptedOn: string | null;
};

export class AdoptAmendmentCommand extends Command<AdoptAmendmentResult> {
  constructor(
    readonly data: AdoptAmendmentInput,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
