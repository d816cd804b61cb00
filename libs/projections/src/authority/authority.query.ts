import { sql, sqlText } from '@register/database';
import { earlierEnd, municipalityOfParty, parseParty, signatureLine } from '@register/domain';
import type { DataSource } from 'typeorm';
import { type Membership, membershipsKnownAtIn, participatesOn } from '../participants/membership-lookup';
import { inReadSnapshot, type SqlReader } from '../runtime/read-snapshot';
import type { AuthorityAnswer, AuthorityQuestion, ChainLinkAnswer } from './authority-answer';
import { chainsKnownAt, type AuthorityLink } from './authority-links';
import { compareVerdicts, judge } from './authority-verdict';
import { POWERS_TABLE, type PowerHolderEntity } from './power-holder.entity';

type AnswerBase = Omit<AuthorityAnswer, 'authorised' | 'chain' | 'flags' | 'reason'>;

/**
 * `GET /authority` from the read models, by indexed lookups only: the holder
 * from the power catalogue, the candidate chains from the actor upward
 * (authority-links.ts), then the participants and the publications they
 * involve. It gives the oracle's answer (testing/oracle/authority.oracle.ts) for
 * every question; the int-spec compares the two on recorded histories. All
 * its lookups read one state of the read models (inReadSnapshot).
 */
export function authorityKnownAt(dataSource: DataSource, question: AuthorityQuestion): Promise<AuthorityAnswer> {
  return inReadSnapshot(dataSource, (reader) => authorityFrom(reader, question));
}

async function authorityFrom(reader: SqlReader, question: AuthorityQuestion): Promise<AuthorityAnswer> {
  // Recorded times are stored as toISOString(); the question may write the same instant otherwise.
  const knownAt = new Date(Date.parse(question.knownAt)).toISOString();
  const holder = await holderKnownAt(reader, question, knownAt);
  if (holder === null) return { ...echo(question, null, new Map()), authorised: false, chain: [], flags: [], reason: 'NO_MANDATE' };
  if (question.actor === holder) {
    const participants = await membershipsKnownAtIn(reader, [question.municipality], knownAt);
    const takesPart = participatesOn(participants.get(question.municipality) ?? [], question.validOn);
    return { ...echo(question, holder, participants), authorised: takesPart, chain: [], flags: [], reason: takesPart ? null : 'NOT_A_PARTICIPANT' };
  }
  const chains = await chainsKnownAt(reader, { ...question, holder, knownAt });
  const concerned = [municipalityOfParty(holder), ...chains.flat().flatMap((link) => link.concerned)];
  const participants = await membershipsKnownAtIn(reader, concerned, knownAt);
  const participating = new Set([...participants].filter(([, rows]) => participatesOn(rows, question.validOn)).map(([code]) => code));
  const circumstances = { validOn: question.validOn, axis: question.axis, amount: question.amount, participating };
  const [shown] = chains.map((links) => judge(links, circumstances)).sort(compareVerdicts);
  const base = echo(question, holder, participants);
  if (shown === undefined) return { ...base, authorised: false, chain: [], flags: [], reason: 'NO_MANDATE' };
  const authorised = shown.reason === null;
  return { ...base, authorised, chain: shown.links.map(chainLinkOf), flags: authorised ? shown.flags : [], reason: shown.reason };
}

/** The catalogue's holder kind of the power, latest entry known at knownAt, as an organ of the municipality. */
async function holderKnownAt(reader: SqlReader, question: AuthorityQuestion, knownAt: string): Promise<string | null> {
  const [row] = await reader.rows<Pick<PowerHolderEntity, 'holder'>>(
    sql`SELECT holder FROM ${sqlText(POWERS_TABLE)} WHERE power_id = ${question.power} AND recorded_from <= ${knownAt} ORDER BY position DESC LIMIT 1`,
  );
  if (row === undefined) return null;
  const organ = `${row.holder}:${question.municipality}`;
  return parseParty(organ)?.type === 'organ' ? organ : null;
}

function echo(question: AuthorityQuestion, holder: string | null, participants: ReadonlyMap<string, Membership[]>): AnswerBase {
  const { actor, power, municipality, validOn, knownAt, axis } = question;
  // Awb 10:10 marks a decision taken under mandate; the holder deciding itself signs in its own name.
  const underMandate = holder !== null && actor !== holder;
  return { actor, power, municipality, validOn, knownAt, axis, onBehalfOf: holder, signatureLine: underMandate ? signatureLine(holder, namesOf(participants)) : null };
}

/** The name each municipality registered with on its latest joining (its periods come in recorded order), as the signature line uses it. */
function namesOf(participants: ReadonlyMap<string, Membership[]>): Record<string, string> {
  return Object.fromEntries([...participants].map(([code, periods]) => [code, periods[periods.length - 1].name]));
}

function chainLinkOf(link: AuthorityLink): ChainLinkAnswer {
  const { mandateId, grantor, grantee, validFrom, decision, publication } = link;
  // The link's own end: a parent's end is derived when asked, never shown on the child.
  return { mandateId, grantor, grantee, validFrom, validUntil: earlierEnd(link.validUntil, link.revokedFrom), decision, publication };
}
