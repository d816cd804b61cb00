import type { BundleFindings } from './bundle-findings';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file of the bundle as text; a missing file or one that is not UTF-8 is a failure of that file. */
export function textOf(files: ReadonlyMap<string, Uint8Array>, name: string, findings: BundleFindings): string | undefined {
  const bytes = files.get(name);
  if (bytes === undefined) return undefined; // reported once, by the presence check
  try {
    return utf8.decode(bytes);
  } catch {
    findings.fail(name, 'format', 'not UTF-8 text');
    return undefined;
  }
}

/** The lines of an ndjson file, which are each ended by a newline. */
export function linesOf(files: ReadonlyMap<string, Uint8Array>, name: string, findings: BundleFindings): string[] | undefined {
  const text = textOf(files, name, findings);
  if (text === undefined) return undefined;
  if (text === '') return [];
  if (!text.endsWith('\n')) {
    findings.fail(name, 'format', 'the last line does not end in a newline');
    return undefined;
  }
  return text.slice(0, -1).split('\n');
}

/** JSON.parse that answers undefined for what is not JSON, so each line's failure can name its line. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
