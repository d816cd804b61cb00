import { Inject, Injectable } from '@nestjs/common';
import { StorageUnavailable } from '@register/event-store';
import { latestSignedCheckpoint, type SignedCheckpoint, storedTreeSize } from '@register/projections';
import { EMPTY_TREE_HASH, type NoteSigner, signCheckpoint } from '@register/verifiable-log';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { LOG_SIGNER } from '../log-signing/log-signing.module';

/**
 * The register's signed checkpoints as the audit routes and pages read them:
 * the tree projection signs one after every step (LogTreeProjection), so the
 * latest covers every event the read side shows.
 */
@Injectable()
export class LogCheckpoints {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOG_SIGNER) private readonly signer: NoteSigner,
  ) {}

  /**
   * The latest checkpoint; for a log without events the checkpoint of the
   * empty tree, signed here (Ed25519 signs the same text to the same bytes,
   * so every answer is the same note).
   *
   * @throws StorageUnavailable when the tree holds leaves but no checkpoint signs them: its table was tampered with.
   */
  async latest(): Promise<SignedCheckpoint> {
    const latest = await latestSignedCheckpoint(this.dataSource);
    if (latest !== undefined) return latest;
    const size = await storedTreeSize(this.dataSource);
    if (size > 0) throw new StorageUnavailable('damaged', `the log's tree holds ${size} leaves, but log_checkpoints holds no checkpoint the register signed`);
    const note = signCheckpoint({ origin: this.signer.name, size: 0, rootHash: EMPTY_TREE_HASH }, this.signer);
    return { treeSize: 0, rootHash: EMPTY_TREE_HASH, note, signedAt: new Date(0).toISOString() };
  }

  get verifierKey(): string {
    return this.signer.verifier.encoded;
  }
}
