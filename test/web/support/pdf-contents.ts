import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface PdfContents {
  readonly pages: number;
  readonly text: string;
  readonly info: Record<string, unknown>;
  /** The XMP metadata packet as written. */
  readonly xmp: string;
}

/** Opens a PDF with pdf.js in a child process (see read-pdf.child.mjs) and gives its text and metadata. */
export async function pdfContents(path: string): Promise<PdfContents> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'read-pdf.child.mjs'), path], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as PdfContents;
}
