import { IMPORT_PHASES, type RowWrite } from './row-write';

/**
 * The writes in the order the register accepts them (row-write.ts,
 * IMPORT_PHASES), whatever the order of the sheets and rows: within the
 * mandates a parent before its sub-mandates, within the memberships each
 * municipality's periods by date (an exit before a rejoining), the adoptions
 * by date; otherwise the order of the rows. An exit that a later joining of
 * the same municipality follows belongs to the memberships, not to the exits
 * after the mandates, or the joining would be refused.
 */
export function orderedWrites(writes: readonly RowWrite[]): RowWrite[] {
  const placed = writes.map((write) => (isFollowedByRejoin(write, writes) ? { ...write, phase: 'participants' as const } : write));
  return IMPORT_PHASES.flatMap((phase) => ordered(phase, placed.filter((write) => write.phase === phase)));
}

function ordered(phase: (typeof IMPORT_PHASES)[number], writes: RowWrite[]): RowWrite[] {
  if (phase === 'mandates') return parentsFirst(writes);
  if (phase === 'participants' || phase === 'adoptions') return [...writes].sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || exitFirst(a) - exitFirst(b));
  return writes;
}

function dateOf(write: RowWrite): string {
  const ordering = write.ordering;
  return ordering?.kind === 'membership' || ordering?.kind === 'dated' ? ordering.date : '';
}

/** A municipality that leaves and joins again on one day left first. */
function exitFirst(write: RowWrite): number {
  return write.ordering?.kind === 'membership' && write.ordering.act === 'exit' ? 0 : 1;
}

function isFollowedByRejoin(write: RowWrite, writes: readonly RowWrite[]): boolean {
  const exit = write.ordering;
  if (exit?.kind !== 'membership' || exit.act !== 'exit') return false;
  return writes.some(({ ordering }) => ordering?.kind === 'membership' && ordering.act === 'join' && ordering.municipality === exit.municipality && ordering.date >= exit.date);
}

/** Depth first from each row, parent before child; a parent outside the workbook is the register's business, a cycle the deciders'. */
function parentsFirst(writes: readonly RowWrite[]): RowWrite[] {
  const byId = new Map(writes.flatMap((write) => (write.ordering?.kind === 'mandate' ? [[write.ordering.mandateId, write] as const] : [])));
  const result: RowWrite[] = [];
  const visited = new Set<RowWrite>();
  const visit = (write: RowWrite): void => {
    if (visited.has(write)) return;
    visited.add(write);
    const parentId = write.ordering?.kind === 'mandate' ? write.ordering.parentMandateId : null;
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (parent !== undefined) visit(parent);
    result.push(write);
  };
  writes.forEach(visit);
  return result;
}
