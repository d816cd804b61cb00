import type { RegisterRequest } from '@register/domain';
import { orderedWrites } from './import-plan';
import type { ImportPhase, RowOrdering, RowWrite } from './row-write';

function write(row: number, phase: ImportPhase, ordering?: RowOrdering): RowWrite {
  return {
    at: { sheet: 'x', row },
    part: 'p',
    phase,
    ordering,
    data: {},
    columns: {},
    send: () => Promise.reject(new Error('not sent in this test')),
    request: () => ({}) as RegisterRequest,
    isPresent: async () => false,
    precheck: async () => undefined,
  };
}
const rows = (writes: readonly RowWrite[]): number[] => writes.map((w) => w.at.row);

describe('the order an import writes in', () => {
  it('puts the phases in dependency order whatever the order of the rows: documents before mandates before revocations', () => {
    const writes = [write(1, 'revocations'), write(2, 'mandates', { kind: 'mandate', mandateId: 'm', parentMandateId: null }), write(3, 'documents'), write(4, 'participants', { kind: 'membership', municipality: 'GM0938', date: '2016-01-01', act: 'join' })];
    expect(rows(orderedWrites(writes))).toEqual([4, 3, 2, 1]);
  });

  it('writes a parent before its sub-mandates at any depth, rows below it or not', () => {
    const mandate = (row: number, id: string, parent: string | null) => write(row, 'mandates', { kind: 'mandate', mandateId: id, parentMandateId: parent });
    const writes = [mandate(2, 'leaf', 'middle'), mandate(3, 'other', 'not-in-the-workbook'), mandate(4, 'middle', 'root'), mandate(5, 'root', null)];
    expect(rows(orderedWrites(writes))).toEqual([5, 4, 2, 3]);
  });

  it('keeps a municipality that left and joined again in the memberships, exit first; its last exit comes after the mandates', () => {
    const member = (row: number, date: string, act: 'join' | 'exit') => write(row, act === 'join' ? 'participants' : 'exits', { kind: 'membership', municipality: 'GM1903', date, act });
    const writes = [member(2, '2016-01-01', 'join'), member(2, '2021-07-01', 'exit'), member(3, '2024-01-01', 'join'), member(3, '2025-07-01', 'exit'), write(9, 'mandates', { kind: 'mandate', mandateId: 'm', parentMandateId: null })];
    const ordered = orderedWrites(writes);
    expect(ordered.map((w) => `${w.at.row}:${w.ordering?.kind === 'membership' ? w.ordering.act : w.phase}`)).toEqual(['2:join', '2:exit', '3:join', '9:mandates', '3:exit']);
  });

  it('adopts amendments in the order of their adoption dates, so each becomes the next version', () => {
    const writes = [write(2, 'adoptions', { kind: 'dated', date: '2026-03-01' }), write(3, 'adoptions', { kind: 'dated', date: '2025-01-14' }), write(4, 'amendments')];
    expect(rows(orderedWrites(writes))).toEqual([4, 3, 2]);
  });
});
