import { type ConsentBasis, earlierEnd, municipalityOfParty } from '@register/domain';
import type { DataSource } from 'typeorm';
import type { Axis } from '../authority/authority-answer';
import { compareText } from '../shared/compare-text';
import { PARTICIPANT_VERSIONS_TABLE } from '../participants/participants.projection';
import { sqlParameter } from '../runtime/projection-sql';
import { inReadSnapshot, type SqlReader } from '../runtime/read-snapshot';
import { type MandateStatus, statusOfChain, type StatusLink } from './mandate-status';
import type { MandateVersionRow } from './mandate-version.row';
import { DECISION_PUBLICATIONS_TABLE, MANDATE_VERSIONS_TABLE } from './mandates.projection';

export interface MandatePublication {
  readonly publicationId: string;
  readonly publishedOn: string;
  readonly inForceFrom: string;
}

/** GET /mandates/{id}: the mandate as known at knownAt, with its status on validOn. */
export interface MandateView {
  readonly mandateId: string;
  readonly parentMandateId: string | null;
  readonly kind: string;
  readonly scope: string;
  readonly grantor: string;
  readonly grantee: string;
  readonly powers: readonly string[];
  readonly municipalities: readonly string[];
  readonly subMandateAllowed: readonly string[];
  readonly ceiling: number | null;
  readonly instructions: readonly string[];
  readonly consentBasis: ConsentBasis | null;
  readonly decision: string;
  readonly decidedOn: string;
  readonly validFrom: string;
  /** Effective: the earlier of its own validUntil and its revocation. */
  readonly validUntil: string | null;
  readonly revokedFrom: string | null;
  /** The publication its decision is in force by (the earliest inForceFrom); null when none is known. */
  readonly publication: MandatePublication | null;
  readonly status: MandateStatus;
  /** True exactly when its status on the inForce axis is `valid`. */
  readonly inForce: boolean;
}

export interface MandateQuestion {
  readonly validOn: string;
  readonly knownAt: string;
  readonly axis: Axis;
}

type Link = MandateVersionRow & { readonly publication: MandatePublication | null };

/**
 * The mandate as known at `knownAt`, null when the register did not know it
 * then. Its status is derived from its line of parents, their publications and
 * the participants, each read as known at knownAt by an indexed lookup: one
 * per link (a chain is a handful of links), one for the publications and one
 * for the participants.
 */
export function mandateKnownAt(dataSource: DataSource, mandateId: string, question: MandateQuestion): Promise<MandateView | null> {
  return inReadSnapshot(dataSource, (reader) => mandateIn(reader, mandateId, question));
}

/** `mandateKnownAt` inside a snapshot a caller already holds (a register asks it for every entry). */
export async function mandateIn(reader: SqlReader, mandateId: string, question: MandateQuestion): Promise<MandateView | null> {
  const rows = await lineKnownAt(reader, mandateId, question.knownAt);
  if (rows.length === 0) return null;
  const publications = await firstPublications(reader, rows.map((row) => row.decision), question.knownAt);
  const chain: Link[] = rows.map((row) => ({ ...row, publication: publications.get(row.decision) ?? null }));
  const links = chain.map(statusLinkOf);
  const concerned = [...new Set(links.flatMap((link) => link.concerned))];
  const participating = await participatingOn(reader, concerned, question);
  const statusOn = (axis: Axis) => statusOfChain(links, { validOn: question.validOn, axis, participating });
  const inForceStatus = statusOn('inForce');
  const status = question.axis === 'inForce' ? inForceStatus : statusOn('valid');
  return { ...viewOf(chain[chain.length - 1]), status, inForce: inForceStatus === 'valid' };
}

/** The mandate and its parents as known at knownAt, the original first; empty when the mandate was not known. */
async function lineKnownAt(reader: SqlReader, mandateId: string, knownAt: string): Promise<MandateVersionRow[]> {
  const p = (index: number) => sqlParameter(reader.dialect, index);
  const line: MandateVersionRow[] = [];
  let id: string | null = mandateId;
  // The write side refuses cycles (DELEGATION_CYCLE); the guard only keeps a damaged log from looping forever.
  while (id !== null && !line.some((row) => row.mandate_id === id)) {
    const [row]: MandateVersionRow[] = await reader.rows(
      `SELECT * FROM ${MANDATE_VERSIONS_TABLE}
       WHERE mandate_id = ${p(1)} AND recorded_from <= ${p(2)} AND (recorded_until IS NULL OR recorded_until > ${p(3)})`,
      [id, knownAt, knownAt],
    );
    if (row === undefined) break;
    line.unshift(row);
    id = row.parent_mandate_id;
  }
  return line;
}

/** Per decision, the publication known at knownAt that brings it into force first (a republication may exist). */
async function firstPublications(reader: SqlReader, decisions: readonly string[], knownAt: string): Promise<Map<string, MandatePublication>> {
  const p = (index: number) => sqlParameter(reader.dialect, index);
  const documents = [...new Set(decisions)];
  const rows: { document_id: string; publication_id: string; published_on: string; in_force_from: string }[] = await reader.rows(
    `SELECT document_id, publication_id, published_on, in_force_from FROM ${DECISION_PUBLICATIONS_TABLE}
     WHERE recorded_from <= ${p(1)} AND document_id IN (${documents.map((_, i) => p(i + 2)).join(', ')})`,
    [knownAt, ...documents],
  );
  const first = new Map<string, MandatePublication>();
  for (const row of rows) {
    const candidate = { publicationId: row.publication_id, publishedOn: row.published_on, inForceFrom: row.in_force_from };
    const known = first.get(row.document_id);
    if (known === undefined || comparePublications(candidate, known) < 0) first.set(row.document_id, candidate);
  }
  return first;
}

function comparePublications(a: MandatePublication, b: MandatePublication): number {
  return compareText(a.inForceFrom, b.inForceFrom) || compareText(a.publishedOn, b.publishedOn) || compareText(a.publicationId, b.publicationId);
}

/** Of `municipalities`, those with a membership known at knownAt that covers validOn (exitOn is the first day out). */
async function participatingOn(reader: SqlReader, municipalities: readonly string[], question: MandateQuestion): Promise<Set<string>> {
  const p = (index: number) => sqlParameter(reader.dialect, index);
  const { knownAt, validOn } = question;
  const rows: { municipality: string }[] = await reader.rows(
    `SELECT DISTINCT municipality FROM ${PARTICIPANT_VERSIONS_TABLE}
     WHERE recorded_from <= ${p(1)} AND (recorded_until IS NULL OR recorded_until > ${p(2)})
       AND joined_on <= ${p(3)} AND (exit_on IS NULL OR exit_on > ${p(4)})
       AND municipality IN (${municipalities.map((_, i) => p(i + 5)).join(', ')})`,
    [knownAt, knownAt, validOn, validOn, ...municipalities],
  );
  return new Set(rows.map((row) => row.municipality));
}

function statusLinkOf(link: Link): StatusLink {
  const municipalities: string[] = JSON.parse(link.municipalities);
  return {
    validFrom: link.valid_from,
    validUntil: link.valid_until,
    revokedFrom: link.revoked_from,
    concerned: [municipalityOfParty(link.grantor), municipalityOfParty(link.grantee), ...municipalities],
    inForceFrom: link.publication?.inForceFrom ?? null,
  };
}

function viewOf(link: Link): Omit<MandateView, 'status' | 'inForce'> {
  return {
    mandateId: link.mandate_id,
    parentMandateId: link.parent_mandate_id,
    kind: link.kind,
    scope: link.scope,
    grantor: link.grantor,
    grantee: link.grantee,
    powers: JSON.parse(link.powers),
    municipalities: JSON.parse(link.municipalities),
    subMandateAllowed: JSON.parse(link.sub_mandate_allowed),
    ceiling: link.ceiling === null ? null : Number(link.ceiling),
    instructions: JSON.parse(link.instructions),
    consentBasis: JSON.parse(link.consent_basis),
    decision: link.decision,
    decidedOn: link.decided_on,
    validFrom: link.valid_from,
    validUntil: earlierEnd(link.valid_until, link.revoked_from),
    revokedFrom: link.revoked_from,
    publication: link.publication,
  };
}

