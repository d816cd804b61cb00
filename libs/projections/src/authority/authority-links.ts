import { municipalityOfParty } from '@register/domain';
import { compareText } from '../shared/compare-text';
import type { PublicationAnswer } from './authority-answer';
import type { MandateVersionRow } from '../mandates/mandate-version.row';
import { DECISION_PUBLICATIONS_TABLE, MANDATE_VERSIONS_TABLE } from '../mandates/mandates.projection';
import { sqlParameter } from '../runtime/projection-sql';
import type { SqlReader } from '../runtime/read-snapshot';
import { MANDATE_EDGES_TABLE } from './authority.projection';

/** One link of a candidate chain as known at knownAt: its edge, its current version and its decision's first publication. */
export interface AuthorityLink {
  readonly mandateId: string;
  readonly grantor: string;
  readonly grantee: string;
  readonly validFrom: string;
  readonly validUntil: string | null;
  readonly revokedFrom: string | null;
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

interface EdgeRow {
  readonly mandate_id: string;
  readonly parent_mandate_id: string | null;
  readonly grantor: string;
  readonly grantee: string;
  readonly powers: string;
  readonly municipalities: string;
}

/**
 * Every chain from the holder down to the actor, each link covering the power
 * and the municipality, as the oracle's chain search finds them: from each
 * mandate granted to the actor, up its parents (each granted to the grantor
 * of the link below) to an original mandate granted by the holder. A chain
 * passing the actor higher up is left out: that shorter chain is found from
 * its own last link.
 */
export async function chainsKnownAt(reader: SqlReader, question: ChainQuestion): Promise<AuthorityLink[][]> {
  const p = (index: number) => sqlParameter(reader.dialect, index);
  const covers = (edge: EdgeRow) =>
    (JSON.parse(edge.powers) as string[]).includes(question.power) && (JSON.parse(edge.municipalities) as string[]).includes(question.municipality);
  const lastLinks: EdgeRow[] = await reader.rows(
    `SELECT * FROM ${MANDATE_EDGES_TABLE} WHERE grantee = ${p(1)} AND recorded_from <= ${p(2)}`,
    [question.actor, question.knownAt],
  );
  const edgeChains: EdgeRow[][] = [];
  for (const last of lastLinks.filter(covers)) {
    const chain = await upToOriginal(reader, last, question, covers);
    if (chain !== null) edgeChains.push(chain);
  }
  return withVersions(reader, edgeChains, question.knownAt);
}

async function upToOriginal(reader: SqlReader, last: EdgeRow, question: ChainQuestion, covers: (edge: EdgeRow) => boolean): Promise<EdgeRow[] | null> {
  const p = (index: number) => sqlParameter(reader.dialect, index);
  const chain = [last];
  while (chain[0].parent_mandate_id !== null) {
    const [parent]: EdgeRow[] = await reader.rows(
      `SELECT * FROM ${MANDATE_EDGES_TABLE} WHERE mandate_id = ${p(1)} AND recorded_from <= ${p(2)}`,
      [chain[0].parent_mandate_id, question.knownAt],
    );
    // The write side refuses cycles (DELEGATION_CYCLE); the id check only keeps a damaged log from looping forever.
    if (parent === undefined || !covers(parent) || parent.grantee !== chain[0].grantor || parent.grantee === question.actor) return null;
    if (chain.some((edge) => edge.mandate_id === parent.mandate_id)) return null;
    chain.unshift(parent);
  }
  return chain[0].grantor === question.holder ? chain : null;
}

/** The chains' links with their versions and publications known at knownAt: one query for each. */
async function withVersions(reader: SqlReader, chains: readonly EdgeRow[][], knownAt: string): Promise<AuthorityLink[][]> {
  const ids = [...new Set(chains.flat().map((edge) => edge.mandate_id))];
  if (ids.length === 0) return [];
  const p = (index: number) => sqlParameter(reader.dialect, index);
  const rows: MandateVersionRow[] = await reader.rows(
    `SELECT * FROM ${MANDATE_VERSIONS_TABLE}
     WHERE recorded_from <= ${p(1)} AND (recorded_until IS NULL OR recorded_until > ${p(2)})
       AND mandate_id IN (${ids.map((_, i) => p(i + 3)).join(', ')})`,
    [knownAt, knownAt, ...ids],
  );
  const versions = new Map(rows.map((row) => [row.mandate_id, row]));
  const publications = await firstPublications(reader, rows.map((row) => row.decision), knownAt);
  // A chain whose version the mandates read model has not caught up with yet cannot be judged: it is left out.
  const complete = chains.filter((chain) => chain.every((edge) => versions.has(edge.mandate_id)));
  return complete.map((chain) => chain.map((edge) => linkOf(versions.get(edge.mandate_id)!, publications)));
}

function linkOf(row: MandateVersionRow, publications: ReadonlyMap<string, PublicationAnswer>): AuthorityLink {
  const municipalities: string[] = JSON.parse(row.municipalities);
  return {
    mandateId: row.mandate_id,
    grantor: row.grantor,
    grantee: row.grantee,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    revokedFrom: row.revoked_from,
    ceiling: row.ceiling === null ? null : Number(row.ceiling),
    decision: row.decision,
    decidedOn: row.decided_on,
    concerned: [municipalityOfParty(row.grantor), municipalityOfParty(row.grantee), ...municipalities],
    publication: publications.get(row.decision) ?? null,
  };
}

/** Per decision, the publication known at knownAt that brings it into force first (a republication may exist). */
async function firstPublications(reader: SqlReader, decisions: readonly string[], knownAt: string): Promise<Map<string, PublicationAnswer>> {
  const p = (index: number) => sqlParameter(reader.dialect, index);
  const documents = [...new Set(decisions)];
  const first = new Map<string, PublicationAnswer>();
  if (documents.length === 0) return first;
  const rows: { document_id: string; publication_id: string; published_on: string; in_force_from: string }[] = await reader.rows(
    `SELECT document_id, publication_id, published_on, in_force_from FROM ${DECISION_PUBLICATIONS_TABLE}
     WHERE recorded_from <= ${p(1)} AND document_id IN (${documents.map((_, i) => p(i + 2)).join(', ')})`,
    [knownAt, ...documents],
  );
  for (const row of rows) {
    const candidate = { publicationId: row.publication_id, publishedOn: row.published_on, inForceFrom: row.in_force_from };
    const known = first.get(row.document_id);
    if (known === undefined || comparePublications(candidate, known) < 0) first.set(row.document_id, candidate);
  }
  return first;
}

function comparePublications(a: PublicationAnswer, b: PublicationAnswer): number {
  return compareText(a.inForceFrom, b.inForceFrom) || compareText(a.publishedOn, b.publishedOn) || compareText(a.publicationId, b.publicationId);
}
