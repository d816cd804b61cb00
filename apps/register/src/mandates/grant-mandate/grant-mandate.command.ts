import type { GrantMandateRequest } from '@register/domain';
import { WriteCommand } from '../../write-side/write-command';

/** POST /mandates; `mandateId` is null when the client left the choice to the service. */
export type GrantMandateInput = Omit<GrantMandateRequest, 'mandateId'> & { readonly mandateId: string | null };

export class GrantMandateCommand extends WriteCommand<GrantMandateInput> {}
