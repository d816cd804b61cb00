/**
 * Makes the previous-release fixture of upgrade.e2e-spec.ts: a register as
 * release 88125d7 (the last before migrations) left it, on SQLite and on
 * PostgreSQL, and the answers that release gave on it.
 *
 * It runs that release's own build, never today's code:
 *
 *   git worktree add /tmp/release-88125d7 88125d7 && cd /tmp/release-88125d7
 *   ln -s <a checkout>/node_modules node_modules && npm run build
 *   node <this file> /tmp/release-88125d7/dist <this folder>
 *
 * For each database it starts the built service with `--demo`, asks the
 * questions below with an explicit `knownAt` and `validOn` (so the answers
 * never depend on the day they are asked again), reads the event log through
 * that release's event store, stops the service and keeps the database:
 * `register.sqlite` as is, PostgreSQL as `register.postgres.sql`, a dump of
 * its catalogue and rows written here (the machine has no pg_dump for
 * PostgreSQL 18). The answers go to `answers.<database>.json`.
 */
/* global URL, fetch, TextEncoder, setTimeout */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [distArgument, outArgument] = process.argv.slice(2);
if (!distArgument || !outArgument) throw new Error('usage: node make-fixture.mjs <dist of release 88125d7> <output folder>');
const dist = resolve(distArgument);
const out = resolve(outArgument);
const require = createRequire(join(dist, 'package.json'));
const { SignJWT } = require('jose');
const { Client } = require('pg');

/** The secret upgrade.e2e-spec.ts signs its tokens with (test/app/support/test-token.ts). */
const SECRET = 'szmh-register-e2e-secret-0123456789abcdef';
const ORGANS = ['college:GM0938', 'college:GM0935', 'GM0935.manager-sociale-zekerheid', 'GM0935.teamleider-inkomen'];
const DOCUMENTS = ['doc-gr-szmh', 'doc-dvh-szmh-2026-2030', 'doc-model-dvo-szmh-2026', 'doc-submandate-gm0935-2026', 'doc-exit-gm1903'];
const VALID_ON = ['2025-04-09', '2026-01-15', '2026-02-02', '2026-11-02'];

async function main() {
  const sqliteDir = await mkdtemp(join(tmpdir(), 'previous-release-sqlite-'));
  try {
    const answers = await withService({ REGISTER_DATA_DIR: sqliteDir }, askEverything);
    const file = join(sqliteDir, 'register.sqlite');
    answers.eventLog = await eventLogDigest({ kind: 'sqlite', file });
    await copyFile(file, join(out, 'register.sqlite'));
    await writeFile(join(out, 'answers.sqlite.json'), `${JSON.stringify(answers)}\n`);
  } finally {
    await rm(sqliteDir, { recursive: true, force: true });
  }

  const { startEmbeddedPostgres } = require(join(dist, 'libs/event-store/src/testing/embedded-postgres.js'));
  const server = await startEmbeddedPostgres();
  try {
    const url = new URL(server.url);
    await onDatabase(server.url, (client) => client.query('CREATE DATABASE previous_release'));
    url.pathname = '/previous_release';
    const answers = await withService({ REGISTER_STORE: 'postgres', DATABASE_URL: url.toString() }, askEverything);
    answers.eventLog = await eventLogDigest({ kind: 'postgres', url: url.toString() });
    await writeFile(join(out, 'register.postgres.sql'), await onDatabase(url.toString(), dumpPublicSchema));
    await writeFile(join(out, 'answers.postgres.json'), `${JSON.stringify(answers)}\n`);
  } finally {
    await server.stop();
  }
}

/** The built service of the release with the demo loaded, until `work` is done. */
async function withService(env, work) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(dist, 'apps/register/src/main.js'), '--demo'], {
    env: { ...process.env, ...env, PORT: String(port), REGISTER_JWT_SECRET: SECRET, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  let answers;
  try {
    await untilHealthy(port);
    answers = await work(`http://127.0.0.1:${port}`);
  } finally {
    child.kill('SIGTERM');
  }
  const code = await exited;
  if (code !== 0) throw new Error(`the service exited with ${code}`);
  return answers;
}

async function askEverything(origin) {
  const knownAt = new Date().toISOString();
  const asked = [];
  const ask = async (path, { role = 'reader', municipalities, accept = 'application/json' } = {}) => {
    const response = await fetch(`${origin}/api/v1${path}`, { headers: { authorization: `Bearer ${await token(role, municipalities)}`, accept } });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json');
    asked.push({ path, role, municipalities, accept, status: response.status, body: json ? JSON.parse(text) : text });
    return response.status === 200 && json ? JSON.parse(text) : undefined;
  };
  const at = (validOn) => `validOn=${validOn}&knownAt=${knownAt}`;
  await ask(`/participants?${at('2026-01-15')}`);
  await ask(`/publications/pending?${at('2026-11-02')}`);
  await ask(`/publications/pending?${at('2026-11-02')}`, { role: 'auditor', municipalities: ['GM0981'] });
  const mandates = new Set();
  for (const organ of ORGANS) {
    for (const direction of ['', '/received']) {
      for (const axis of ['valid', 'inForce']) {
        const entries = await ask(`/registers/${organ}${direction}?${at('2026-11-02')}&axis=${axis}`);
        for (const entry of entries?.entries ?? []) mandates.add(entry.mandateId);
      }
      await ask(`/registers/${organ}${direction}?${at('2026-02-02')}`, { accept: 'text/csv' });
    }
  }
  const decisions = new Set(DOCUMENTS);
  for (const mandate of [...mandates].sort()) {
    for (const validOn of ['2026-01-15', '2026-11-02']) {
      const view = await ask(`/mandates/${mandate}?${at(validOn)}&axis=inForce`);
      if (view) decisions.add(view.decision);
    }
    await ask(`/mandates/${mandate}/history`);
  }
  for (const document of [...decisions].sort()) {
    for (const validOn of VALID_ON) await ask(`/documents/${document}?${at(validOn)}&axis=inForce`);
  }
  const actors = ['GM0935.manager-sociale-zekerheid', 'GM0935.teamleider-inkomen', 'college:GM0935', 'college:GM0938'];
  for (const actor of actors) {
    for (const validOn of VALID_ON) {
      for (const axis of ['valid', 'inForce']) {
        for (const municipality of ['GM0938', 'GM0981']) {
          await ask(`/authority?actor=${actor}&power=PW-BIJSTAND&municipality=${municipality}&${at(validOn)}&axis=${axis}`);
        }
        await ask(`/authority?actor=${actor}&power=PW-BIJSTAND&municipality=GM0938&${at(validOn)}&axis=${axis}&amount=6000`);
      }
    }
  }
  await ask(`/authority?actor=GM0935.manager-sociale-zekerheid&power=PW-BIJSTAND&municipality=GM0938&validOn=2026-01-15&knownAt=2026-01-01T00:00:00.000Z`);
  return { release: '88125d7', knownAt, asked };
}

function token(role, municipalities) {
  const payload = { roles: [role], ...(municipalities ? { municipalities } : {}) };
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject('previous-release').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
}

/** The whole log as that release's own event store reads it: how many events, the last position, a digest of them all. */
async function eventLogDigest(connection) {
  const { openEventStore } = require(join(dist, 'libs/event-store/src/open-event-store.js'));
  const store = await openEventStore(connection);
  try {
    const events = await store.readAll();
    return { events: events.length, head: events.at(-1)?.position ?? 0, sha256: createHash('sha256').update(JSON.stringify(events)).digest('hex') };
  } finally {
    await store.close();
  }
}

/**
 * The `public` schema as SQL the simple query protocol runs in one go: each
 * table with its columns and defaults, its rows (every value in PostgreSQL's
 * own text form, cast back on insert), then its constraints and indexes; the
 * sequences with their position and owner; the functions.
 */
async function dumpPublicSchema(client) {
  const lines = ['-- The public schema of a register made by release 88125d7 (see make-fixture.mjs).', 'SET client_min_messages = warning;'];
  const { rows: tables } = await client.query(`SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`);
  const later = [];
  for (const { oid, relname } of tables) {
    const { rows: columns } = await client.query(
      `SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull, pg_get_expr(d.adbin, d.adrelid) AS default
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
      [oid],
    );
    const table = `public.${client.escapeIdentifier(relname)}`;
    const definitions = columns.map((c) => `  ${client.escapeIdentifier(c.attname)} ${c.type}${c.default ? ` DEFAULT ${c.default}` : ''}${c.attnotnull ? ' NOT NULL' : ''}`);
    lines.push(`CREATE TABLE ${table} (\n${definitions.join(',\n')}\n);`);
    const names = columns.map((c) => client.escapeIdentifier(c.attname));
    const { rows } = await client.query({ text: `SELECT ${names.map((n) => `${n}::text`).join(', ')} FROM ${table} ORDER BY 1, 2`, rowMode: 'array' });
    for (const row of rows) {
      const values = row.map((value, i) => (value === null ? 'NULL' : `${client.escapeLiteral(value)}::${columns[i].type}`));
      lines.push(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${values.join(', ')});`);
    }
    const { rows: constraints } = await client.query(`SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1 AND contype IN ('p', 'u', 'c', 'f') ORDER BY contype, conname`, [oid]);
    for (const c of constraints) later.push(`ALTER TABLE ${table} ADD CONSTRAINT ${client.escapeIdentifier(c.conname)} ${c.definition};`);
    const { rows: indexes } = await client.query(`SELECT pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i WHERE i.indrelid = $1 AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1`, [oid]);
    for (const index of indexes) later.push(`${index.definition};`);
  }
  lines.push(...later);
  const { rows: sequences } = await client.query(
    `SELECT c.relname, format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, owner.relname AS owner_table, a.attname AS owner_column
     FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'a' LEFT JOIN pg_class owner ON owner.oid = d.refobjid
     LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
     WHERE n.nspname = 'public' ORDER BY c.relname`,
  );
  for (const s of sequences) {
    const name = `public.${client.escapeIdentifier(s.relname)}`;
    const owner = s.owner_table ? ` OWNED BY public.${client.escapeIdentifier(s.owner_table)}.${client.escapeIdentifier(s.owner_column)}` : '';
    lines.push(`CREATE SEQUENCE ${name} AS ${s.type} INCREMENT ${s.seqincrement} MINVALUE ${s.seqmin} MAXVALUE ${s.seqmax} START ${s.seqstart} CACHE ${s.seqcache} ${s.seqcycle ? 'CYCLE' : 'NO CYCLE'}${owner};`);
    const { rows: [state] } = await client.query(`SELECT last_value::text, is_called FROM ${name}`);
    lines.push(`SELECT setval('${name}', ${state.last_value}, ${state.is_called});`);
  }
  const { rows: functions } = await client.query(`SELECT pg_get_functiondef(p.oid) AS definition FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY p.proname`);
  for (const f of functions) lines.push(`${f.definition};`);
  return `${lines.join('\n')}\n`;
}

async function onDatabase(url, work) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function untilHealthy(port) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const response = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
    if (response?.status === 200) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the service did not become healthy within 60 s');
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

await main();
// Read back once, so a dump that is not valid UTF-8 fails here rather than in the test.
await readFile(join(out, 'register.postgres.sql'), 'utf8');
