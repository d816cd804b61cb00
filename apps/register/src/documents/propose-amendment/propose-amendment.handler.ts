import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ProposeAmendment } from '@register/domain';
import { documentDecider, documentStreamId } from '@register/domain';
import { DeciderRunner } from '../../write-side/decider-runner';
import type { Written } from '../../write-side/write-command';
import { sha256Hex } from '../register-document/register-document.handler';
import { ProposeAmendmentCommand } from './propose-amendment.command';
import type { ProposeAmendmentResult } from './propose-amendment.result';

/**
 * The proposal is recorded in the document's own stream, so its approvals and
 * its adoption serialise on that stream with every other change of the document.
 */
@CommandHandler(ProposeAmendmentCommand)
export class ProposeAmendmentHandler implements ICommandHandler<ProposeAmendmentCommand> {
  constructor(private readonly runner: DeciderRunner) {}

  async execute({ data: input, metadata }: ProposeAmendmentCommand): Promise<Written<ProposeAmendmentResult>> {
    const { documentId, summary, content, validFrom } = input;
    // Derived from the request's identity, so a retry with the same Idempotency-Key names the same amendment.
    const amendmentId = input.id ?? metadata.identity.generatedId('amendment');
    const contentSha256 = content === null ? null : sha256Hex(content);
    const { events, position } = await this.runner.run(
      {
        decider: documentDecider,
        streamId: documentStreamId(documentId),
        resource: { kind: 'document', id: documentId },
        command: (): ProposeAmendment => ({
          type: 'ProposeAmendment',
          data: { documentId, amendmentId, summary, content, validFrom },
          contentSha256,
        }),
      },
      metadata,
    );
    return { result: { id: amendmentId, position, contentSha256 }, events };
  }
}
