import { ApiProperty } from '@nestjs/swagger';
import { type ConsistencyProof, encodeBase64, type InclusionProof } from '@register/verifiable-log';

/** RFC 9162 §2.1.3 inclusion proof, hashes in standard base64 (api.md "Audit"). */
export class InclusionProofResponseDto {
  @ApiProperty({ description: "The event's rank in log order, from 0" })
  readonly leafIndex!: number;

  @ApiProperty()
  readonly treeSize!: number;

  @ApiProperty({ description: 'SHA-256(0x00 || RFC 8785 JSON of the event)' })
  readonly leafHash!: string;

  @ApiProperty({ type: [String], description: "From the leaf's sibling up to the root's child" })
  readonly auditPath!: string[];

  static of(proof: InclusionProof): InclusionProofResponseDto {
    return { leafIndex: proof.leafIndex, treeSize: proof.treeSize, leafHash: encodeBase64(proof.leafHash), auditPath: proof.auditPath.map(encodeBase64) };
  }
}

/** RFC 9162 §2.1.4 consistency proof (api.md "Audit"). */
export class ConsistencyProofResponseDto {
  @ApiProperty()
  readonly from!: number;

  @ApiProperty()
  readonly to!: number;

  @ApiProperty({ type: [String] })
  readonly path!: string[];

  static of(proof: ConsistencyProof): ConsistencyProofResponseDto {
    return { from: proof.from, to: proof.to, path: proof.path.map(encodeBase64) };
  }
}
