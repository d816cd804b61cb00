import { createHash, randomBytes } from 'node:crypto';
import { LessThan, type DataSource, type Repository } from 'typeorm';
import type { WorkbookFile } from '../../workbook/reading/read-workbook-file';
import { type WebImportUploadRow, WebImportUploadSchema } from './import-upload.schema';

/** An upload not applied within a day was given up; it is deleted with the next one. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * The uploaded workbooks between their check and their apply
 * (web_import_uploads). The page's form carries a random id; the table keeps
 * only its SHA-256 and the subject who uploaded, so no one else applies it.
 */
export class ImportUploadStore {
  private readonly uploads: Repository<WebImportUploadRow>;

  constructor(dataSource: DataSource) {
    this.uploads = dataSource.getRepository(WebImportUploadSchema);
  }

  async keep(subject: string, files: readonly WorkbookFile[], now: Date): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await this.uploads.delete({ createdAt: LessThan(new Date(now.getTime() - KEEP_MS).toISOString()) });
    const stored = files.map(({ name, bytes }) => ({ name, base64: Buffer.from(bytes).toString('base64') }));
    await this.uploads.insert({ idHash: hashOf(id), subject, files: JSON.stringify(stored), createdAt: now.toISOString() });
    return id;
  }

  /** The files of the subject's own upload; undefined for an unknown, expired or someone else's id. */
  async find(id: string, subject: string, now: Date): Promise<WorkbookFile[] | undefined> {
    const row = await this.uploads.findOneBy({ idHash: hashOf(id), subject });
    if (row === null || now.getTime() - Date.parse(row.createdAt) >= KEEP_MS) return undefined;
    const stored = JSON.parse(row.files) as { name: string; base64: string }[];
    return stored.map(({ name, base64 }) => ({ name, bytes: Buffer.from(base64, 'base64') }));
  }

  async forget(id: string): Promise<void> {
    await this.uploads.delete({ idHash: hashOf(id) });
  }
}

function hashOf(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}
