import type { CorrectPublication } from '@register/domain';
import { WriteCommand } from '../../write-side/write-command';
import type { PublishDecisionResult } from '../publish-decision/publish-decision.result';

/** POST /documents/{id}/publications/{publicationId}/corrections. */
export class CorrectPublicationCommand extends WriteCommand<CorrectPublication['data'], PublishDecisionResult> {}
