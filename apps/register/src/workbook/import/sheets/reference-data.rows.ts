import { deriveActKind, type FunctionRecord, type ParticipantRecord, type PowerEntry } from '@register/domain';
import { RegisterFunctionCommand } from '../../../functions/register-function/register-function.command';
import { RegisterFunctionRequestDto } from '../../../functions/register-function/register-function.request.dto';
import { ExitParticipantCommand } from '../../../participants/exit-participant/exit-participant.command';
import { ExitParticipantRequestDto } from '../../../participants/exit-participant/exit-participant.request.dto';
import { JoinParticipantCommand } from '../../../participants/join-participant/join-participant.command';
import { JoinParticipantRequestDto } from '../../../participants/join-participant/join-participant.request.dto';
import { CataloguePowerCommand } from '../../../powers/catalogue-power/catalogue-power.command';
import { CataloguePowerRequestDto } from '../../../powers/catalogue-power/catalogue-power.request.dto';
import { ACT_KIND_LABELS, HOLDER_LABELS } from '../../template/dutch-labels';
import { FUNCTIONS_SHEET, PARTICIPANTS_SHEET, POWERS_SHEET } from '../../template/reference-sheets';
import type { RowReader } from '../row-reader';
import { rowWrite, type RowWrite } from '../row-write';
import { headersOf, validRow } from './sheet-rows';

const P = PARTICIPANTS_SHEET.column;
const JOIN_COLUMNS = headersOf({ municipality: P.municipality, name: P.name, joinedOn: P.joinedOn });
const EXIT_COLUMNS = headersOf({ municipality: P.municipality, exitOn: P.exitOn, decision: P.exitDecision });

/** A period of membership: its joining, and its exit when the row has one (GR SZMH art. 21). */
export async function participantWrites(reader: RowReader): Promise<RowWrite[]> {
  const join = { municipality: reader.text(P.municipality), name: reader.text(P.name), joinedOn: reader.date(P.joinedOn) };
  const exitOn = reader.date(P.exitOn);
  const decision = reader.text(P.exitDecision);
  if (exitOn !== undefined) reader.require(P.exitDecision, 'bij een uittreding');
  if (decision !== undefined) reader.require(P.exitOn, 'bij een uittredingsbesluit');
  const joinBody = await validRow(reader, JoinParticipantRequestDto, join, JOIN_COLUMNS);
  const exitBody = exitOn === undefined ? undefined : await validRow(reader, ExitParticipantRequestDto, { exitOn, decision }, EXIT_COLUMNS);
  if (joinBody === undefined || reader.problems.length > 0) return [];
  const { municipality, name, joinedOn } = joinBody;
  const writes = [
    rowWrite({
      at: reader.at,
      part: 'join',
      phase: 'participants',
      ordering: { kind: 'membership', municipality, date: joinedOn, act: 'join' },
      command: JoinParticipantCommand,
      data: { municipality, name, joinedOn },
      columns: JOIN_COLUMNS,
      request: (data) => ({ type: 'JoinParticipant', data }),
      isPresent: async (data, lookup) => hasPeriod(await lookup.participant(data.municipality), (p) => p.joinedOn === data.joinedOn, data.name),
    }),
  ];
  if (exitBody === undefined) return writes;
  const exit = { municipality, exitOn: exitBody.exitOn, decision: exitBody.decision };
  return [
    ...writes,
    rowWrite({
      at: reader.at,
      part: 'exit',
      phase: 'exits',
      ordering: { kind: 'membership', municipality, date: exit.exitOn, act: 'exit' },
      command: ExitParticipantCommand,
      data: exit,
      columns: EXIT_COLUMNS,
      request: (data) => ({ type: 'ExitParticipant', data }),
      isPresent: async (data, lookup) => hasPeriod(await lookup.participant(data.municipality), (p) => p.exitOn === data.exitOn && p.exitDecision === data.decision),
    }),
  ];
}

function hasPeriod(record: ParticipantRecord | null, matches: (period: ParticipantRecord['periods'][number]) => boolean, name?: string): boolean {
  return record !== null && (name === undefined || record.name === name) && record.periods.some(matches);
}

const F = FUNCTIONS_SHEET.column;
const FUNCTION_COLUMNS = headersOf({ id: F.id, name: F.name, municipality: F.municipality, externalTitles: F.externalTitles });

export async function functionWrites(reader: RowReader): Promise<RowWrite[]> {
  const fields = { id: reader.text(F.id), name: reader.text(F.name), municipality: reader.text(F.municipality), externalTitles: reader.lines(F.externalTitles) ?? [] };
  const body = await validRow(reader, RegisterFunctionRequestDto, fields, FUNCTION_COLUMNS);
  if (body === undefined) return [];
  const { id, name, municipality } = body;
  return [
    rowWrite({
      at: reader.at,
      part: 'function',
      phase: 'functions',
      command: RegisterFunctionCommand,
      data: { id, name, municipality, externalTitles: body.externalTitles ?? [] },
      columns: FUNCTION_COLUMNS,
      request: (data) => ({ type: 'RegisterFunction', data }),
      isPresent: async (data, lookup) => sameFunction(await lookup.registeredFunction(data.id), data),
    }),
  ];
}

function sameFunction(record: FunctionRecord | null, data: RegisterFunctionCommand['data']): boolean {
  const titles = (data.externalTitles ?? []).join('\n');
  return record !== null && record.name === data.name && record.municipality === data.municipality && record.externalTitles.join('\n') === titles;
}

const W = POWERS_SHEET.column;
const POWER_COLUMNS = headersOf({
  id: W.id,
  label: W.label,
  legalBasis: W.legalBasis,
  holder: W.holder,
  mandatable: W.mandatable,
  nonMandatableReason: W.nonMandatableReason,
  actKind: W.actKind,
  privateLaw: W.actKind,
});

export async function powerWrites(reader: RowReader): Promise<RowWrite[]> {
  const actKind = reader.label(W.actKind, ACT_KIND_LABELS) ?? 'public-law-decision';
  const fields = {
    id: reader.text(W.id),
    label: reader.text(W.label),
    legalBasis: reader.text(W.legalBasis),
    holder: reader.label(W.holder, HOLDER_LABELS),
    mandatable: reader.yesNo(W.mandatable),
    nonMandatableReason: reader.text(W.nonMandatableReason) ?? null,
    privateLaw: actKind === 'private-law',
    actKind,
  };
  const body = await validRow(reader, CataloguePowerRequestDto, fields, POWER_COLUMNS);
  if (body === undefined) return [];
  const { id, label, legalBasis, holder, mandatable } = body;
  const data = { id, label, legalBasis, holder, mandatable, nonMandatableReason: body.nonMandatableReason ?? null, privateLaw: body.privateLaw ?? false, actKind: body.actKind ?? null };
  return [
    rowWrite({
      at: reader.at,
      part: 'power',
      phase: 'powers',
      command: CataloguePowerCommand,
      data,
      columns: POWER_COLUMNS,
      request: (power) => ({ type: 'CataloguePower', data: power }),
      isPresent: async (power, lookup) => samePower(await lookup.power(power.id), power),
    }),
  ];
}

function samePower(entry: PowerEntry | null, data: CataloguePowerCommand['data']): boolean {
  if (entry === null) return false;
  const same = entry.label === data.label && entry.legalBasis === data.legalBasis && entry.holder === data.holder && entry.mandatable === data.mandatable;
  return same && entry.nonMandatableReason === (data.nonMandatableReason ?? null) && entry.actKind === deriveActKind(data.privateLaw, data.actKind);
}
