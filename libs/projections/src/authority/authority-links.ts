import { selectColumns, sql, sqlText } from '@register/database';
import { municipalityOfParty } from '@register/domain';
import { type MandateFacts, mandatesKnownAtIn } from '../mandates/mandate-lookups';
import { revocationInForceFrom } from '../mandates/revocation-in-force';
import { firstPublicationsIn } from '../publications/publication-lookups';
import type { SqlReader } from '../runtime/read-snapshot';
import type { PublicationAnswer } from './authority-answer';
import { MANDATE_EDGES_TABLE, type MandateEdgeEntity } from './mandate-edge.entity';

/** One link of a candidate chain as known at knownAt: its edge, its current version, and the first publications that bring its decision and its revocation into force. */
export interface AuthorityLink {
  readonly mandateId: string;
  readonly grantor: string;
  readonly grantee: string;
  readonly validFrom: string;
  readonly validUntil: string | null;
  readonly revokedFrom: string | null;
  /** Where its revocation ends it on the inForce axis; null when it ends nothing there (revocation-in-force.ts). */
  readonly revokedInForceFrom: string | null;
  readonly ceiling: number | null;
  readonly decision: string;
  readonly decidedOn: string;
  /** The municipalities of its grantor and grantee and those it is for. */
  readonly concerned: readonly string[];
  readonly publication: PublicationAnswer | null;
}

export interface ChainQuestion {
  readonly holder: string;
  readonly actor: string;
  readonly power: string;
  readonly municipality: string;
  /** Normalised to `toISOString()`, the form recorded times are stored in. */
  readonly knownAt: string;
}

type EdgeRow = Pick<MandateEdgeEntity, 'mandateId' | 'parentMandateId' | 'grantor' | 'grantee' | 'powers' | 'municipalities'>;
const EDGE_COLUMNS = selectColumns<MandateEdgeEntity>(['mandateId', 'parentMandateId', 'grantor', 'grantee', 'powers', 'municipalities']);
const EDGES = sqlText(MANDATE_EDGES_TABLE);

/**
 * Every chain from the holder down to the actor, each link covering the power
 * and the municipality, as the oracle's chain search finds them: from each
 * mandate granted to the actor, up its parents (each granted to the grantor
 * of the link below) to an original mandate granted by the holder. A chain
 * passing the actor higher up is left out: that shorter chain is found from
 * its own last link.
 */
export async function chainsKnownAt(reader: SqlReader, question: ChainQuestion): Promise<AuthorityLink[][]> {
  const covers = (edge: EdgeRow) =>
    (JSON.parse(edge.powers) as string[]).includes(question.power) && (JSON.parse(edge.municipalities) as string[]).includes(question.municipality);
  const lastLinks = await reader.rows<EdgeRow>(
    sql`SELECT ${EDGE_COLUMNS} FROM ${EDGES} WHERE grantee = ${question.actor} AND recorded_from <= ${question.knownAt}`,
  );
  const edgeChains: EdgeRow[][] = [];
  for (const last of lastLinks.filter(covers)) {
    const chain = await upToOriginal(reader, last, question, covers);
    if (chain !== null) edgeChains.push(chain);
  }
  return withVersions(reader, edgeChains, question.knownAt);
}

async function upToOriginal(reader: SqlReader, last: EdgeRow, question: ChainQuestion, covers: (edge: EdgeRow) => boolean): Promise<EdgeRow[] | null> {
  const chain = [last];
  while (chain[0].parentMandateId !== null) {
    const [parent] = await reader.rows<EdgeRow>(
      sql`SELECT ${EDGE_COLUMNS} FROM ${EDGES} WHERE mandate_id = ${chain[0].parentMandateId} AND recorded_from <= ${question.knownAt}`,
    );
    // The write side refuses cycles (DELEGATION_CYCLE); the id check only keeps a damaged log from looping forever.
    if (parent === undefined || !covers(parent) || parent.grantee !== chain[0].grantor || parent.grantee === question.actor) return null;
    if (chain.some((edge) => edge.mandateId === parent.mandateId)) return null;
    chain.unshift(parent);
  }
  return chain[0].grantor === question.holder ? chain : null;
}

/** The chains' links with their versions and publications known at knownAt: one query for each. */
async function withVersions(reader: SqlReader, chains: readonly EdgeRow[][], knownAt: string): Promise<AuthorityLink[][]> {
  const ids = [...new Set(chains.flat().map((edge) => edge.mandateId))];
  if (ids.length === 0) return [];
  const versions = await mandatesKnownAtIn(reader, ids, knownAt);
  const decisions = [...versions.values()].flatMap((version) => [version.decision, version.revocationDecision]);
  const publications = await firstPublicationsIn(reader, decisions, knownAt);
  // A chain whose version the mandates read model has not caught up with yet cannot be judged: it is left out.
  const complete = chains.filter((chain) => chain.every((edge) => versions.has(edge.mandateId)));
  return complete.map((chain) => chain.map((edge) => linkOf(versions.get(edge.mandateId)!, publications)));
}

function linkOf(version: MandateFacts, publications: ReadonlyMap<string, PublicationAnswer>): AuthorityLink {
  const municipalities: string[] = JSON.parse(version.municipalities);
  const revocationPublication = version.revocationDecision === null ? null : (publications.get(version.revocationDecision) ?? null);
  return {
    mandateId: version.mandateId,
    grantor: version.grantor,
    grantee: version.grantee,
    validFrom: version.validFrom,
    validUntil: version.validUntil,
    revokedFrom: version.revokedFrom,
    revokedInForceFrom: revocationInForceFrom(version.revokedFrom, revocationPublication),
    ceiling: version.ceiling === null ? null : Number(version.ceiling),
    decision: version.decision,
    decidedOn: version.decidedOn,
    concerned: [municipalityOfParty(version.grantor), municipalityOfParty(version.grantee), ...municipalities],
    publication: publications.get(version.decision) ?? null,
  };
}
