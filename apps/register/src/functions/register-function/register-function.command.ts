import type { RegisterFunction } from '@register/domain';
import { WriteCommand } from '../../write-side/write-command';

/** POST /functions: a position in a municipality's organisation. */
export class RegisterFunctionCommand extends WriteCommand<RegisterFunction['data']> {}
