import { type ConsentBasis, earlierEnd, municipalityOfParty } from '@register/domain';
import type { DataSource } from 'typeorm';
import type { Axis, PublicationAnswer } from '../authority/authority-answer';
import { membershipsKnownAtIn, participatesOn } from '../participants/membership-lookup';
import { inReadSnapshot, type SqlReader } from '../runtime/read-snapshot';
import { firstPublicationsIn } from '../publications/publication-lookups';
import { type MandateFacts, mandateKnownAtIn } from './mandate-lookups';
import { revocationInForceFrom } from './revocation-in-force';
import { type MandateStatus, statusOfChain, type StatusLink } from './mandate-status';

/** The publication a mandate's decision is in force by: the same shape as an authority chain link's. */
export type MandatePublication = PublicationAnswer;

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

type Link = MandateFacts & { readonly publication: MandatePublication | null; readonly revocationPublication: MandatePublication | null };

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
  const decisions = rows.flatMap((row) => [row.decision, row.revocationDecision]);
  const publications = await firstPublicationsIn(reader, decisions, question.knownAt);
  const publicationOf = (decision: string | null) => (decision === null ? null : (publications.get(decision) ?? null));
  const chain: Link[] = rows.map((row) => ({ ...row, publication: publicationOf(row.decision), revocationPublication: publicationOf(row.revocationDecision) }));
  const links = chain.map(statusLinkOf);
  const concerned = [...new Set(links.flatMap((link) => link.concerned))];
  const memberships = await membershipsKnownAtIn(reader, concerned, question.knownAt);
  const participating = new Set([...memberships].filter(([, periods]) => participatesOn(periods, question.validOn)).map(([code]) => code));
  const statusOn = (axis: Axis) => statusOfChain(links, { validOn: question.validOn, axis, participating });
  const inForceStatus = statusOn('inForce');
  const status = question.axis === 'inForce' ? inForceStatus : statusOn('valid');
  return { ...viewOf(chain[chain.length - 1]), status, inForce: inForceStatus === 'valid' };
}

/** The mandate and its parents as known at knownAt, the original first; empty when the mandate was not known. */
async function lineKnownAt(reader: SqlReader, mandateId: string, knownAt: string): Promise<MandateFacts[]> {
  const line: MandateFacts[] = [];
  let id: string | null = mandateId;
  // The write side refuses cycles (DELEGATION_CYCLE); the guard only keeps a damaged log from looping forever.
  while (id !== null && !line.some((row) => row.mandateId === id)) {
    const row: MandateFacts | undefined = await mandateKnownAtIn(reader, id, knownAt);
    if (row === undefined) break;
    line.unshift(row);
    id = row.parentMandateId;
  }
  return line;
}

function statusLinkOf(link: Link): StatusLink {
  const municipalities: string[] = JSON.parse(link.municipalities);
  return {
    validFrom: link.validFrom,
    validUntil: link.validUntil,
    revokedFrom: link.revokedFrom,
    revokedInForceFrom: revocationInForceFrom(link.revokedFrom, link.revocationPublication),
    concerned: [municipalityOfParty(link.grantor), municipalityOfParty(link.grantee), ...municipalities],
    inForceFrom: link.publication?.inForceFrom ?? null,
  };
}

function viewOf(link: Link): Omit<MandateView, 'status' | 'inForce'> {
  return {
    mandateId: link.mandateId,
    parentMandateId: link.parentMandateId,
    kind: link.kind,
    scope: link.scope,
    grantor: link.grantor,
    grantee: link.grantee,
    powers: JSON.parse(link.powers),
    municipalities: JSON.parse(link.municipalities),
    subMandateAllowed: JSON.parse(link.subMandateAllowed),
    ceiling: link.ceiling === null ? null : Number(link.ceiling),
    instructions: JSON.parse(link.instructions),
    consentBasis: JSON.parse(link.consentBasis),
    decision: link.decision,
    decidedOn: link.decidedOn,
    validFrom: link.validFrom,
    validUntil: earlierEnd(link.validUntil, link.revokedFrom),
    revokedFrom: link.revokedFrom,
    publication: link.publication,
  };
}
