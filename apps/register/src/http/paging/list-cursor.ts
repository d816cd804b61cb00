import { createHash } from 'node:crypto';
import type { ReadScope } from '../../auth/read-scope';
import { ProblemError } from '../problem/problem.error';
import type { TemporalQuery } from '../validation/temporal-query.dto';

/** Where a list goes on, and the question its first page answered, which every later page answers too. */
export interface ListPosition {
  readonly after: string;
  readonly question: TemporalQuery;
}

/** What a cursor belongs to: one list, asked with the same filters and parameters by a caller who sees the same. */
export interface ListIdentity {
  readonly list: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly scope: ReadScope;
}

interface CursorBody {
  readonly v: 1;
  /** The fingerprint of the list's identity. */
  readonly f: string;
  readonly a: string;
  readonly q: TemporalQuery;
}

/**
 * The opaque `cursor` of the list routes: base64url JSON of where the next
 * page starts, the question pinned by the first page (its knownAt and validOn
 * defaults, so that a list paged while the register changes is the list of
 * one moment), and a fingerprint of the list it belongs to, with a checksum
 * over all of it. A cursor that was altered, or is used on another list,
 * other filters or by a caller who sees other municipalities, is a 400 that
 * names `cursor`. The checksum detects damage, not forgery: a cursor grants
 * nothing (every page is read in the caller's own scope), so a forged one can
 * only start a list elsewhere, as `after` would.
 */
export function encodeCursor(identity: ListIdentity, position: ListPosition): string {
  const body: CursorBody = { v: 1, f: fingerprintOf(identity), a: position.after, q: position.question };
  const text = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${text}.${checksumOf(text)}`;
}

/** The position `cursor` holds, when it was made for `identity`. */
export function decodeCursor(cursor: string, identity: ListIdentity): ListPosition {
  const [text, checksum, ...rest] = cursor.split('.');
  if (rest.length > 0 || checksum === undefined || checksumOf(text) !== checksum) throw invalidCursor('is damaged or was not made by this service');
  const body = parseBody(text);
  if (body === undefined) throw invalidCursor('is damaged or was not made by this service');
  if (body.f !== fingerprintOf(identity)) throw invalidCursor('belongs to another list, other filters or another caller: ask the first page again');
  return { after: body.a, question: body.q };
}

function parseBody(text: string): CursorBody | undefined {
  try {
    const body = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<CursorBody>;
    const q = body.q as Partial<TemporalQuery> | undefined;
    const valid = body.v === 1 && typeof body.f === 'string' && typeof body.a === 'string' && typeof q?.validOn === 'string' && typeof q.knownAt === 'string';
    return valid && (q.axis === 'valid' || q.axis === 'inForce') ? (body as CursorBody) : undefined;
  } catch {
    return undefined;
  }
}

function fingerprintOf({ list, parameters, scope }: ListIdentity): string {
  const given = Object.entries(parameters).filter(([, value]) => value !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
  const sees = scope.kind === 'everything' ? '*' : [...scope.municipalities].sort();
  return sha256(JSON.stringify([list, given, sees])).slice(0, 22);
}

function checksumOf(text: string): string {
  return sha256(`list-cursor:${text}`).slice(0, 22);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function invalidCursor(message: string): ProblemError {
  return ProblemError.validationFailed([{ field: 'cursor', message }]);
}
