import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { leavesConcerning, Projector } from '@register/projections';
import { type NoteSigner, proveConsistency, writeAuditBundle } from '@register/verifiable-log';
import type { DataSource } from 'typeorm';
import { REGISTER_CONFIG, type RegisterConfig } from '../../config/register-config';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { ProblemError } from '../../http/problem/problem.error';
import { CLOCK, type Clock } from '../../write-side/clock';
import { mayAudit } from '../audit-scope';
import { LogCheckpoints } from '../log-checkpoint/log-checkpoints';
import { LOG_SIGNER } from '../log-signing/log-signing.module';
import { LogTreeNodes } from '../log-proofs/log-tree-nodes';
import { signedTreeSize } from '../log-proofs/signed-tree-size';
import { type AuditBundle, AuditExportQuery } from './audit-export.query';
import { auditPeriod } from './audit-period';
import { BundleReadModels } from './bundle-read-models';
import { provenEvents } from './proven-events';

/**
 * The audit bundle (api.md "Audit"): exactly the events whose
 * metadata.municipalities holds the municipality, recorded in the period,
 * each with its inclusion proof against the latest signed checkpoint; that
 * checkpoint and the log's verifier key; the municipality's mandates,
 * documents and registers; a manifest signed by the log's key. It first waits
 * until the tree has every stored event, so "exactly" holds for the log as
 * it stands when the export is asked.
 */
@QueryHandler(AuditExportQuery)
export class AuditExportHandler implements IQueryHandler<AuditExportQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LOG_SIGNER) private readonly signer: NoteSigner,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REGISTER_CONFIG) private readonly config: RegisterConfig,
    private readonly projector: Projector,
    private readonly checkpoints: LogCheckpoints,
    private readonly readModels: BundleReadModels,
    private readonly nodes: LogTreeNodes,
  ) {}

  async execute({ municipality, from, until, since, subject }: AuditExportQuery): Promise<AuditBundle> {
    if (!mayAudit(subject, [municipality])) throw ProblemError.notFound(`The register shows nothing about ${municipality} to this caller.`);
    const exportedAt = this.clock.now();
    const period = auditPeriod(from, until, exportedAt);
    await this.untilTreeHoldsTheLog();
    const checkpoint = await this.checkpoints.latest();
    const older = since === undefined ? undefined : signedTreeSize('since', since, checkpoint.treeSize);
    const leaves = await leavesConcerning(this.dataSource, { municipality, from: period.fromInstant, until: period.untilInstant, treeSize: checkpoint.treeSize });
    const { events, proofs } = await provenEvents(this.store, this.nodes, leaves, checkpoint.treeSize);
    const zip = writeAuditBundle({
      municipality,
      from,
      until,
      exportedAt: exportedAt.toISOString(),
      events,
      proofs,
      checkpoint: checkpoint.note,
      consistencyProofs: older === undefined ? [] : [await proveConsistency(this.nodes, older, checkpoint.treeSize)],
      readModels: await this.readModels.of(municipality, period),
      signer: this.signer,
    });
    return { zip, fileName: `audit-${municipality}-${from}-${until}.zip`, events: events.length };
  }

  private async untilTreeHoldsTheLog(): Promise<void> {
    const head = await this.store.headPosition();
    if (await this.projector.waitUntilProjected(head, this.config.readYourWritesTimeoutMs)) return;
    throw new ProblemError('READ_SIDE_LAGGING', `The log's tree has not yet reached position ${head}, the last stored event; ask for the bundle again shortly.`);
  }
}
