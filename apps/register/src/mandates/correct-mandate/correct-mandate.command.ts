import type { CorrectMandate } from '@register/domain';
import { WriteCommand } from '../../write-side/write-command';

/** POST /mandates/{id}/corrections; `value` is checked by the domain against the type `field` needs. */
export class CorrectMandateCommand extends WriteCommand<CorrectMandate['data']> {}
