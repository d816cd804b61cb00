import { selectColumns, sql, sqlText } from '@register/database';
import { type ActKind, earlierEnd, MANDATE_KIND_FOR_ACT, municipalityOfParty, parseParty, signatureLine } from '@register/domain';
import type { DataSource } from 'typeorm';
import { type Membership, membershipsKnownAtIn, participatesOn } from '../participants/membership-lookup';
import { inReadSnapshot, type SqlReader } from '../runtime/read-snapshot';
import type { AuthorityAnswer, AuthorityOnBothAxes, AuthorityQuestion, ChainLinkAnswer } from './authority-answer';
import { chainsKnownAt, type AuthorityLink } from './authority-links';
import { compareVerdicts, judge } from './authority-verdict';
import { POWERS_TABLE, type PowerHolderEntity } from './power-holder.entity';

type AnswerBase = Omit<AuthorityAnswer, 'authorised' | 'chain' | 'flags' | 'reason'>;

/** The catalogue entry of the power as known at knownAt, its holder made an organ of the municipality asked about. */
interface PowerAsked {
  readonly holder: string;
  readonly mandatable: boolean;
  readonly nonMandatableReason: string | null;
  readonly actKind: ActKind;
}

const POWER_COLUMNS = selectColumns<PowerHolderEntity>(['holder', 'mandatable', 'nonMandatableReason', 'actKind']);

/**
 * `GET /authority` from the read models, by indexed lookups only: the power
 * from the catalogue, the candidate chains from the actor upward
 * (authority-links.ts), then the participants and the publications they
 * involve. It gives the oracle's answer (testing/oracle/authority.oracle.ts) for
 * every question; the int-spec compares the two on recorded histories. All
 * its lookups read one state of the read models (inReadSnapshot).
 *
 * - The power's holder asked about its own power is authorised with an empty
 *   chain on any date, participant or not: leaving the arrangement ends
 *   mandates, not the law (Awb 10:7; e.g. Participatiewet art. 7).
 * - Anyone else, for a power that may not be mandated, is POWER_NOT_MANDATABLE
 *   with the catalogue's reason (Awb 10:3): no chain can hold.
 * - Otherwise the chain that holds, or the nearest one (authority-verdict.ts).
 */
export function authorityKnownAt(dataSource: DataSource, question: AuthorityQuestion): Promise<AuthorityAnswer> {
  return inReadSnapshot(dataSource, async (reader) => verdictOn(question, await authorityFacts(reader, question)));
}

/**
 * The same question on both axes at once, as the competence check shows it:
 * each answer is authorityKnownAt's for that axis, read from one state of the
 * read models, and the lookups (the power, the chains, the participants) are
 * made once, since only the verdict depends on the axis.
 */
export function authorityOnBothAxesKnownAt(dataSource: DataSource, question: Omit<AuthorityQuestion, 'axis'>): Promise<AuthorityOnBothAxes> {
  return inReadSnapshot(dataSource, async (reader) => {
    const facts = await authorityFacts(reader, question);
    return { valid: verdictOn({ ...question, axis: 'valid' }, facts), inForce: verdictOn({ ...question, axis: 'inForce' }, facts) };
  });
}

/** What an answer rests on, on either axis: the power as catalogued, the candidate chains and the participants they involve. */
interface AuthorityFacts {
  readonly power: PowerAsked | null;
  readonly participants: ReadonlyMap<string, Membership[]>;
  readonly chains: readonly AuthorityLink[][];
  /** The municipalities participating on validOn among those the chains concern. */
  readonly participating: ReadonlySet<string>;
}

async function authorityFacts(reader: SqlReader, question: Omit<AuthorityQuestion, 'axis'>): Promise<AuthorityFacts> {
  // Recorded times are stored as toISOString(); the question may write the same instant otherwise.
  const knownAt = new Date(Date.parse(question.knownAt)).toISOString();
  const power = await powerKnownAt(reader, question, knownAt);
  const none = { power, participants: new Map<string, Membership[]>(), chains: [], participating: new Set<string>() };
  if (power === null || question.actor === power.holder) return none;
  if (!power.mandatable) return { ...none, participants: await membershipsKnownAtIn(reader, [question.municipality], knownAt) };
  const chains = await chainsKnownAt(reader, { ...question, holder: power.holder, knownAt });
  const concerned = [municipalityOfParty(power.holder), ...chains.flat().flatMap((link) => link.concerned)];
  const participants = await membershipsKnownAtIn(reader, concerned, knownAt);
  const participating = new Set([...participants].filter(([, rows]) => participatesOn(rows, question.validOn)).map(([code]) => code));
  return { power, participants, chains, participating };
}

function verdictOn(question: AuthorityQuestion, { power, participants, chains, participating }: AuthorityFacts): AuthorityAnswer {
  const base = echo(question, power, participants);
  if (power === null) return { ...base, authorised: false, chain: [], flags: [], reason: 'NO_MANDATE' };
  if (question.actor === power.holder) return { ...base, authorised: true, chain: [], flags: [], reason: null };
  if (!power.mandatable) return { ...base, authorised: false, chain: [], flags: [], reason: 'POWER_NOT_MANDATABLE', nonMandatableReason: power.nonMandatableReason };
  const circumstances = { validOn: question.validOn, axis: question.axis, amount: question.amount, participating };
  const [shown] = chains.map((links) => judge(links, circumstances)).sort(compareVerdicts);
  if (shown === undefined) return { ...base, authorised: false, chain: [], flags: [], reason: 'NO_MANDATE' };
  const authorised = shown.reason === null;
  return { ...base, authorised, chain: shown.links.map(chainLinkOf), flags: authorised ? shown.flags : [], reason: shown.reason };
}

/** The catalogue entry of the power, latest known at knownAt; null when none is, or its holder is no organ of the municipality. */
async function powerKnownAt(reader: SqlReader, question: Pick<AuthorityQuestion, 'power' | 'municipality'>, knownAt: string): Promise<PowerAsked | null> {
  const [row] = await reader.rows<Pick<PowerHolderEntity, 'holder' | 'mandatable' | 'nonMandatableReason' | 'actKind'>>(
    sql`SELECT ${POWER_COLUMNS} FROM ${sqlText(POWERS_TABLE)} WHERE power_id = ${question.power} AND recorded_from <= ${knownAt} ORDER BY position DESC LIMIT 1`,
  );
  if (row === undefined) return null;
  const holder = `${row.holder}:${question.municipality}`;
  if (parseParty(holder)?.type !== 'organ') return null;
  return { holder, mandatable: Number(row.mandatable) === 1, nonMandatableReason: row.nonMandatableReason, actKind: row.actKind as ActKind };
}

function echo(question: AuthorityQuestion, power: PowerAsked | null, participants: ReadonlyMap<string, Membership[]>): AnswerBase {
  const { actor, power: powerId, municipality, validOn, knownAt, axis } = question;
  const base = { actor, power: powerId, municipality, validOn, knownAt, axis };
  // Awb 10:10 marks a decision taken under mandate; the holder deciding itself signs in its own name.
  if (power === null || actor === power.holder) return { ...base, onBehalfOf: power?.holder ?? null, signatureLine: null };
  // The kind of mandate fits the act (Awb 10:12): a volmacht is exercised on behalf of the municipality itself.
  const line = signatureLine(power.holder, namesOf(participants), MANDATE_KIND_FOR_ACT[power.actKind]);
  return { ...base, onBehalfOf: power.holder, signatureLine: line };
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
