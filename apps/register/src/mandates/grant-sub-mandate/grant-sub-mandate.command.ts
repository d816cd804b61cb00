import type { GrantSubMandateRequest } from '@register/domain';
import { WriteCommand } from '../../write-side/write-command';

/**
 * POST /mandates/{id}/sub-mandates: the path names the parent, whose grantee
 * is the grantor (api.md), so the body has no grantor.
 */
export type GrantSubMandateInput = Omit<GrantSubMandateRequest, 'mandateId' | 'grantor'> & { readonly mandateId: string | null };

export class GrantSubMandateCommand extends WriteCommand<GrantSubMandateInput> {}
