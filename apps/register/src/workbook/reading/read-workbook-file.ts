import { basename, extname } from 'node:path';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { type SheetContent, type WorkbookContent, workbookContent } from './workbook-content';

/** A file as uploaded or named on the command line: its name tells a CSV file's sheet. */
export interface WorkbookFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the import cannot read at all: not a workbook, not CSV. Row problems are reported per row instead. */
export class UnreadableWorkbookError extends Error {
  override name = 'UnreadableWorkbookError';
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * The sheets of one or more files: an XLSX workbook (recognised by its
 * content, whatever its name) gives all its sheets; a CSV file gives the one
 * sheet its name says (`mandaten.csv` is the sheet "mandaten").
 */
export async function readWorkbookFiles(files: readonly WorkbookFile[]): Promise<WorkbookContent> {
  const sheets: SheetContent[] = [];
  for (const file of files) sheets.push(...(await readOne(file)));
  return workbookContent(sheets);
}

async function readOne(file: WorkbookFile): Promise<SheetContent[]> {
  if (ZIP_SIGNATURE.every((byte, i) => file.bytes[i] === byte)) {
    return readXlsx(file.bytes).catch((error: unknown) => {
      throw new UnreadableWorkbookError(`${file.name} is geen leesbare Excel-werkmap (.xlsx): ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  if (extname(file.name).toLowerCase() === '.csv') return [readCsv(basename(file.name, extname(file.name)), file.bytes)];
  throw new UnreadableWorkbookError(`${file.name} is geen Excel-werkmap (.xlsx) en geen CSV-bestand (.csv) met de naam van een tabblad`);
}
