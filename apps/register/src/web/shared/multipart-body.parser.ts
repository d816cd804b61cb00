import { Busboy } from '@fastify/busboy';
import { refuseNonJsonBody } from '../../http/body/json-body.parser';
import { ProblemError } from '../../http/problem/problem.error';

/** A registrar's workbook: a register of 10,000 mandates is about 1 MB as XLSX; some room above that. */
export const UPLOAD_BODY_LIMIT_BYTES = 20 * 1024 * 1024;

export const MULTIPART_MEDIA_TYPE = 'multipart/form-data';

/** A file sent with a page form. */
export interface UploadedFile {
  readonly name: string;
  readonly bytes: Buffer;
}

const LIMITS = { files: 20, fields: 20, fieldSize: 64 * 1024, fileSize: UPLOAD_BODY_LIMIT_BYTES };

/**
 * A page form that uploads files (`enctype="multipart/form-data"`), as an
 * object without a prototype: each text field once (the form token among
 * them, which PageSessionGuard checks before any page sees the files), each
 * file field as the list of files sent under its name. The API's routes stay
 * JSON only: multipart under /api answers 415 as any other non-JSON body does.
 */
export function parseMultipartBody(body: Buffer, path: string, contentType: string | undefined): Promise<Record<string, string | UploadedFile[]> | undefined> {
  const lower = path.toLowerCase();
  if (lower === '/api' || lower.startsWith('/api/')) return Promise.resolve(refuseNonJsonBody(body.length, contentType));
  return new Promise((resolve, reject) => {
    const fields = Object.create(null) as Record<string, string | UploadedFile[]>;
    const parser = new Busboy({ headers: { 'content-type': contentType ?? '' }, limits: LIMITS });
    parser.on('field', (name, value) => {
      if (!Array.isArray(fields[name])) fields[name] = value;
    });
    parser.on('file', (name, stream, fileName) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (fileName === '' && chunks.length === 0) return;
        const files = Array.isArray(fields[name]) ? fields[name] : [];
        fields[name] = [...files, { name: fileName, bytes: Buffer.concat(chunks) }];
      });
    });
    const refuse = (message: string) => () => reject(ProblemError.validationFailed([{ field: '', message }]));
    parser.on('error', refuse('is not a readable multipart/form-data body'));
    // Busboy drops what lies beyond a limit without a word; a form that sends more is refused whole instead.
    parser.on('filesLimit', refuse(`sends more than ${LIMITS.files} files`));
    parser.on('fieldsLimit', refuse(`sends more than ${LIMITS.fields} fields`));
    parser.on('finish', () => resolve(fields));
    parser.end(body);
  });
}
