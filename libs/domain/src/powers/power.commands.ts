/** POST /powers, plus the optional `actKind` for acts that are neither decisions nor private-law acts. */
export interface CataloguePower {
  readonly type: 'CataloguePower';
  readonly data: {
    readonly id: string;
    readonly label: string;
    readonly legalBasis: string;
    readonly holder: string;
    readonly mandatable: boolean;
    readonly nonMandatableReason?: string | null;
    readonly privateLaw?: boolean | null;
    readonly actKind?: string | null;
  };
}

export type PowerCommand = CataloguePower;
