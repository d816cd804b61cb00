import { type DataSource, LessThanOrEqual } from 'typeorm';
import { MandateVersionEntity } from '../mandates/mandate-version.entity';
import { mandateIn, type MandatePublication, type MandateQuestion, type MandateView } from '../mandates/mandate.query';
import { inReadSnapshot, type SqlReader } from '../runtime/read-snapshot';
import { type RegisterDirection, registerTree, type TreeNode } from './register-tree';

/** One mandate of a register (art 5 lid 3 or lid 5), as known at knownAt. */
export interface RegisterEntry {
  readonly mandateId: string;
  readonly parentMandateId: string | null;
  readonly kind: string;
  readonly grantor: string;
  readonly grantee: string;
  readonly powers: readonly string[];
  readonly municipalities: readonly string[];
  readonly ceiling: number | null;
  readonly subMandateAllowed: readonly string[];
  readonly validFrom: string;
  /** Effective: the earlier of its own validUntil and its revocation. */
  readonly validUntil: string | null;
  /** Its publication's inForceFrom; null when its decision is not published. */
  readonly inForceFrom: string | null;
  readonly decision: string;
  readonly publication: MandatePublication | null;
}

/**
 * The register of `organ` as known at knownAt: the mandates it granted
 * (`granted`, art 5 lid 3) or received (`received`, art 5 lid 5) and every
 * sub-mandate below them, at any depth, whose status on validOn on the asked
 * axis is `valid` (on axis=inForce: valid and in force). Ordered by root, then
 * depth, then mandate id.
 *
 * The status rules are those of GET /mandates/{id}: each candidate is looked up
 * as `mandateKnownAt` looks it up, in the same snapshot: a handful of indexed queries per entry. A register
 * holds tens of mandates, so that is cheap, and it keeps derived lapse, exits
 * and publications decided in one place. Finding the candidates reads the
 * identity columns of every mandate version known then, without an index on
 * grantor or grantee: the whole register is a few hundred rows.
 */
export function registerKnownAt(dataSource: DataSource, organ: string, direction: RegisterDirection, question: MandateQuestion): Promise<RegisterEntry[]> {
  return inReadSnapshot(dataSource, (reader) => registerIn(reader, organ, direction, question));
}

async function registerIn(reader: SqlReader, organ: string, direction: RegisterDirection, question: MandateQuestion): Promise<RegisterEntry[]> {
  const places = registerTree(await treeKnownAt(reader, question.knownAt), organ, direction);
  const views = await Promise.all(places.map((place) => mandateIn(reader, place.mandateId, question)));
  return views.filter((view): view is MandateView => view !== null && view.status === 'valid').map(entryOf);
}

/** Every mandate known at knownAt with its place in the tree, which its grant fixed: any of its versions tells it. */
async function treeKnownAt(reader: SqlReader, knownAt: string): Promise<TreeNode[]> {
  const versions = await reader.manager.find(MandateVersionEntity, {
    select: { mandateId: true, parentMandateId: true, grantor: true, grantee: true },
    where: { recordedFrom: LessThanOrEqual(knownAt) },
  });
  const nodes = new Map<string, TreeNode>();
  for (const { mandateId, parentMandateId, grantor, grantee } of versions) nodes.set(mandateId, { mandateId, parentMandateId, grantor, grantee });
  return [...nodes.values()];
}

function entryOf(view: MandateView): RegisterEntry {
  return {
    mandateId: view.mandateId,
    parentMandateId: view.parentMandateId,
    kind: view.kind,
    grantor: view.grantor,
    grantee: view.grantee,
    powers: view.powers,
    municipalities: view.municipalities,
    ceiling: view.ceiling,
    subMandateAllowed: view.subMandateAllowed,
    validFrom: view.validFrom,
    validUntil: view.validUntil,
    inForceFrom: view.publication?.inForceFrom ?? null,
    decision: view.decision,
    publication: view.publication,
  };
}
