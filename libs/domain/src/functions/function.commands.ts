import type { ParticipantRecord } from '../participants/participation';

/**
 * POST /functions: a position in a municipality's organisation. The handler
 * loads the participant the function belongs to (null when unknown).
 */
export interface RegisterFunction {
  readonly type: 'RegisterFunction';
  readonly data: {
    readonly id: string;
    readonly name: string;
    readonly municipality: string;
    readonly externalTitles?: readonly string[] | null;
  };
  readonly context: { readonly participant: ParticipantRecord | null };
}

export type FunctionCommand = RegisterFunction;
