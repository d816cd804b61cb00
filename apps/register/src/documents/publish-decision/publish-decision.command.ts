import type { PublishDecision } from '@register/domain';
import { WriteCommand } from '../../write-side/write-command';
import type { PublishDecisionResult } from './publish-decision.result';

/** POST /documents/{id}/publications. */
export class PublishDecisionCommand extends WriteCommand<PublishDecision['data'], PublishDecisionResult> {}
