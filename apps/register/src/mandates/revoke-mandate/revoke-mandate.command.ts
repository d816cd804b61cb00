import type { RevokeMandate } from '@register/domain';
import { WriteCommand } from '../../write-side/write-command';

/** POST /mandates/{id}/revocations. */
export class RevokeMandateCommand extends WriteCommand<RevokeMandate['data']> {}
