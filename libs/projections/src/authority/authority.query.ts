import { earlierEnd, municipalityOfParty, parseParty, signatureLine } from '@register/domain';
import type { DataSource } from 'typeorm';
import { PARTICIPANT_VERSIONS_TABLE } from '../participants/participants.projection';
import { sqlParameter } from '../runtime/projection-sql';
import { inReadSnapshot, type SqlReader } from '../runtime/read-snapshot';
import type { AuthorityAnswer, AuthorityQuestion, ChainLinkAnswer } from './authority-answer';
import { chainsKnownAt, type AuthorityLink } from './authority-links';
import { compareVerdicts, judge } from './authority-verdict';
import { POWERS_TABLE } from './authority.projection';

type AnswerBase = Omit<AuthorityAnswer, 'authorised' | 'chain' | 'flags' | 'reason'>;

interface ParticipantRow {
  readonly municipality: string;
  readonly name: string;
  readonly joined_on: string;
  readonly exit_on: string | null;
  readonly position: number | string;
}

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
    const participants = await participantsKnownAt(reader, [question.municipality], knownAt);
    const takesPart = participatesOn(participants.get(question.municipality) ?? [], question.validOn);
    return { ...echo(question, holder, participants), authorised: takesPart, chain: [], flags: [], reason: takesPart ? null : 'NOT_A_PARTICIPANT' };
  }
  const chains = await chainsKnownAt(reader, { ...question, holder, knownAt });
  const concerned = [municipalityOfParty(holder), ...chains.flat().flatMap((link) => link.concerned)];
  const participants = await participantsKnownAt(reader, concerned, knownAt);
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
  const p = (index: number) => sqlParameter(reader.dialect, index);
  const [row]: { holder: string }[] = await reader.rows(
    `SELECT holder FROM ${POWERS_TABLE} WHERE power_id = ${p(1)} AND recorded_from <= ${p(2)} ORDER BY position DESC LIMIT 1`,
    [question.power, knownAt],
  );
  if (row === undefined) return null;
  const organ = `${row.holder}:${question.municipality}`;
  return parseParty(organ)?.type === 'organ' ? organ : null;
}

/** The membership periods known at knownAt of each of `municipalities` that the register knew then. */
async function participantsKnownAt(reader: SqlReader, municipalities: readonly string[], knownAt: string): Promise<Map<string, ParticipantRow[]>> {
  const p = (index: number) => sqlParameter(reader.dialect, index);
  const codes = [...new Set(municipalities)];
  const rows: ParticipantRow[] = await reader.rows(
    `SELECT municipality, name, joined_on, exit_on, position FROM ${PARTICIPANT_VERSIONS_TABLE}
     WHERE recorded_from <= ${p(1)} AND (recorded_until IS NULL OR recorded_until > ${p(2)})
       AND municipality IN (${codes.map((_, i) => p(i + 3)).join(', ')})`,
    [knownAt, knownAt, ...codes],
  );
  const periods = new Map<string, ParticipantRow[]>();
  for (const row of rows) periods.set(row.municipality, [...(periods.get(row.municipality) ?? []), row]);
  return periods;
}

/** exitOn is the first day not taking part (GR SZMH art. 21). */
function participatesOn(periods: readonly ParticipantRow[], validOn: string): boolean {
  return periods.some((period) => period.joined_on <= validOn && (period.exit_on === null || validOn < period.exit_on));
}

function echo(question: AuthorityQuestion, holder: string | null, participants: ReadonlyMap<string, ParticipantRow[]>): AnswerBase {
  const { actor, power, municipality, validOn, knownAt, axis } = question;
  // Awb 10:10 marks a decision taken under mandate; the holder deciding itself signs in its own name.
  const underMandate = holder !== null && actor !== holder;
  return { actor, power, municipality, validOn, knownAt, axis, onBehalfOf: holder, signatureLine: underMandate ? signatureLine(holder, namesOf(participants)) : null };
}

/** The name each municipality registered with on its latest joining, as the signature line uses it. */
function namesOf(participants: ReadonlyMap<string, ParticipantRow[]>): Record<string, string> {
  const latest = (rows: ParticipantRow[]) => [...rows].sort((a, b) => Number(b.position) - Number(a.position))[0].name;
  return Object.fromEntries([...participants].map(([code, rows]) => [code, latest(rows)]));
}

function chainLinkOf(link: AuthorityLink): ChainLinkAnswer {
  const { mandateId, grantor, grantee, validFrom, decision, publication } = link;
  // The link's own end: a parent's end is derived when asked, never shown on the child.
  return { mandateId, grantor, grantee, validFrom, validUntil: earlierEnd(link.validUntil, link.revokedFrom), decision, publication };
}
