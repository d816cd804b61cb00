import type { MunicipalityCode } from '../shared/party-id';

export interface FunctionRegistered {
  readonly type: 'FunctionRegistered';
  readonly data: {
    readonly functionId: string;
    readonly name: string;
    readonly municipality: MunicipalityCode;
    readonly externalTitles: readonly string[];
  };
}

export type FunctionEvent = FunctionRegistered;
