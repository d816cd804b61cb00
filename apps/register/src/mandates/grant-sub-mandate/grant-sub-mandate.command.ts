import { Command } from '@nestjs/cqrs';
import type { GrantSubMandateRequest } from '@register/domain';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { WriteResult } from '../../write-side/write-result';

/**
 * POST /mandates/{id}/sub-mandates: the path names the parent, whose grantee
 * is the grantor (api.md), so the body has no grantor.
 */
export type GrantSubMandateInput = Omit<GrantSubMandateRequest, 'mandateId' | 'grantor'> & { readonly mandateId: string | null };

export class GrantSubMandateCommand extends Command<WriteResult> {
  constructor(
    readonly data: GrantSubMandateInput,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
