import type { OrganKind } from '../shared/party-id';
import type { ActKind } from './act-kind';

export interface PowerCatalogued {
  readonly type: 'PowerCatalogued';
  readonly data: {
    readonly powerId: string;
    readonly label: string;
    readonly legalBasis: string;
    /** The organ kind that holds the power in every municipality. */
    readonly holder: OrganKind;
    readonly mandatable: boolean;
    readonly nonMandatableReason: string | null;
    readonly privateLaw: boolean;
    readonly actKind: ActKind;
  };
}

export type PowerEvent = PowerCatalogued;
