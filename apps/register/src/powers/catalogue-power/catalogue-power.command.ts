import type { CataloguePower } from '@register/domain';
import { WriteCommand } from '../../write-side/write-command';

/** POST /powers: an entry of the power catalogue. */
export class CataloguePowerCommand extends WriteCommand<CataloguePower['data']> {}
