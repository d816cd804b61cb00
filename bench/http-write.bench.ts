import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { API_PREFIX } from '../apps/register/src/configure-app';
import type { BenchContext } from './bench-context';
import { importRows } from './import-rows.bench';
import type { BenchResult } from './report';
import { benchToken, startBuiltService } from './service-process';
import { sqliteSingleAppend } from './sqlite.bench';

const CLIENTS = 8;
const DOCUMENTS_PER_CLIENT = 250;
const WARM_UP_PER_CLIENT = 10;
const MAASTRICHT = { municipality: 'GM0935', name: 'Maastricht', joinedOn: '2016-01-01' };

/**
 * The write paths over HTTP (issue 15):
 *
 *   http.write   documents recorded per second by 8 clients, each POST /documents
 *                in turn with its own Idempotency-Key, against the built service
 *                on a fresh SQLite store; vs sqlite.append.single in the same run
 *   import.rows  rows per second of a generated 10,000-mandate workbook brought
 *                in by `npm run cli -- import`; vs http.write
 */
export async function httpWriteBench(ctx: BenchContext): Promise<BenchResult[]> {
  const single = ctx.measured?.('sqlite.append.single') ?? (await sqliteSingleAppend(ctx));
  const write = await documentsOverHttp(ctx);
  const httpWrite = ratioResult('http.write', 'documents/s', write, single, 0.1);
  const rows = await importRows(ctx);
  return [httpWrite, ratioResult('import.rows', 'rows/s', rows, httpWrite)];
}

function ratioResult(name: string, unit: string, value: number, reference: BenchResult, target?: number): BenchResult {
  return { name, unit, value: Math.round(value), referenceName: reference.name, referenceValue: reference.value, ratio: Math.round((value / reference.value) * 1000) / 1000, target };
}

async function documentsOverHttp(ctx: BenchContext): Promise<number> {
  const perClient = Math.max(10, Math.round(DOCUMENTS_PER_CLIENT * (ctx.sizes.singleAppends / 5_000)));
  const dataDir = join(ctx.workDir, 'http-write');
  mkdirSync(dataDir, { recursive: true });
  const service = await startBuiltService(dataDir, 1);
  try {
    const post = poster(`http://127.0.0.1:${service.port}/${API_PREFIX}`, await benchToken(['registrar']));
    await post('/participants', 'bench-participant', MAASTRICHT);
    await allClients((client) => postDocuments(post, `warm-${client}`, WARM_UP_PER_CLIENT));
    const started = process.hrtime.bigint();
    await allClients((client) => postDocuments(post, `bench-${client}`, perClient));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    ctx.note(`http.write: the built service on SQLite (one HTTP process), ${CLIENTS} clients x ${perClient} POST /documents with Idempotency-Keys`);
    return (CLIENTS * perClient) / seconds;
  } finally {
    await service.stop();
  }
}

type Post = (path: string, key: string, body: object) => Promise<void>;

/** A POST as an API client sends it; any answer but 201 stops the bench with the answer. */
function poster(base: string, token: string): Post {
  return async (path, key, body) => {
    const answer = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    if (answer.status !== 201) throw new Error(`http.write: POST ${path} answered ${answer.status}: ${await answer.text()}`);
  };
}

function allClients(work: (client: number) => Promise<void>): Promise<unknown> {
  return Promise.all(Array.from({ length: CLIENTS }, (_, client) => work(client)));
}

async function postDocuments(post: Post, prefix: string, count: number): Promise<void> {
  for (let n = 0; n < count; n += 1) {
    const id = `doc-${prefix}-${n}`;
    await post('/documents', `key-${id}`, { id, type: 'other', title: `Besluit ${id}`, decidedOn: '2026-01-27', decidedBy: ['college:GM0935'], concerns: ['GM0935'] });
  }
}
