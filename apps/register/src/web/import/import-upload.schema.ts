import { EntitySchema } from 'typeorm';

/**
 * A workbook a registrar uploaded and the pages checked, kept until it is
 * applied: the check and the apply are two requests (the page works without
 * scripts, and a browser cannot send a file again by itself), and with
 * several HTTP processes they may reach different ones.
 */
export interface WebImportUploadRow {
  /** The SHA-256 of the random id the page's form carries. */
  idHash: string;
  /** Who uploaded it: only they may apply it. */
  subject: string;
  /** The files as JSON `[{name, base64}]`. */
  files: string;
  createdAt: string;
}

export const WebImportUploadSchema = new EntitySchema<WebImportUploadRow>({
  name: 'WebImportUpload',
  tableName: 'web_import_uploads',
  columns: {
    idHash: { type: 'varchar', length: 64, primary: true, name: 'id_hash' },
    subject: { type: 'text' },
    files: { type: 'text' },
    createdAt: { type: 'varchar', length: 32, name: 'created_at' },
  },
});
