/** One measured figure next to the raw-database figure it is compared with. */
export interface BenchResult {
  readonly name: string;
  readonly unit: string;
  readonly value: number;
  readonly referenceName: string;
  readonly referenceValue: number;
  /** value / referenceValue; every unit here is "higher is better". */
  readonly ratio: number;
  /** Lowest acceptable ratio; undefined when no target was set. Not part of the JSON line. */
  readonly target?: number;
}

/** A group of measurements that failed to run, shown instead of their rows. */
export interface BenchFailure {
  readonly group: string;
  readonly message: string;
}

const COLUMNS = ['name', 'value', 'reference', 'ref. value', 'ratio', 'target', ''] as const;

export function formatTable(results: readonly BenchResult[], failures: readonly BenchFailure[]): string {
  const rows = results.map((r) => [
    r.name,
    `${formatNumber(r.value)} ${r.unit}`,
    r.referenceName,
    `${formatNumber(r.referenceValue)} ${r.unit}`,
    r.ratio.toFixed(2),
    r.target === undefined ? '-' : `>= ${r.target.toFixed(2)}`,
    verdict(r),
  ]);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 1 || i === 3 || i === 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(COLUMNS), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  for (const failure of failures) out.push(`${failure.group}: FAILED (${failure.message})`);
  return out.join('\n');
}

/** The machine-readable line; later benchmarks add rows to `results` in the same shape. */
export function formatJson(results: readonly BenchResult[]): string {
  return JSON.stringify({
    results: results.map(({ name, unit, value, referenceName, referenceValue, ratio }) => ({
      name,
      unit,
      value,
      referenceName,
      referenceValue,
      ratio,
    })),
  });
}

/** Builds a result with rounded figures so the table and the JSON line agree. */
export function toResult(
  spec: { name: string; unit: string; referenceName: string; target?: number },
  value: number,
  referenceValue: number,
): BenchResult {
  return {
    ...spec,
    value: Math.round(value),
    referenceValue: Math.round(referenceValue),
    ratio: referenceValue > 0 ? Math.round((value / referenceValue) * 1000) / 1000 : 0,
  };
}

function verdict(result: BenchResult): string {
  if (result.target === undefined) return '';
  return result.ratio >= result.target ? 'PASS' : 'FAIL';
}

function formatNumber(value: number): string {
  // Latencies in ms are small: keep their decimals, round the large rates.
  return value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 100 ? 3 : 0 });
}
