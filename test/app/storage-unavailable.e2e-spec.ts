import { execFileSync } from 'node:child_process';
import { copyFile, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JWT_SECRET_FILE_NAME } from '../../apps/register/src/auth/generated-jwt-secret';
import { SQLITE_FILE_NAME } from '../../apps/register/src/config/register-config';
import { PostgresServerProcess } from './support/postgres-server-process';
import { RunningService, type ServiceAnswer } from './support/running-service';
import { makeTempDir, removeTempDir } from './support/test-app';
import { TEST_JWT_SECRET } from './support/test-token';
import { pollUntil } from './support/poll-until';

const AUTHORITY = '/api/v1/authority?actor=GM0935.manager-sociale-zekerheid&power=PW-BIJSTAND&municipality=GM0938&validOn=2026-01-15';

let participantCount = 0;
/** A participant no other write of the test uses, so each write is a new one. */
const joinBody = () => ({ municipality: `GM${String(8000 + (participantCount += 1)).padStart(4, '0')}`, name: 'Proefgemeente', joinedOn: '2016-01-01' });

const joinParticipant = (service: RunningService, body = joinBody()) => service.request('/api/v1/participants', { method: 'POST', as: 'registrar', body });
const participantsOf = async (service: RunningService) => ((await service.request('/api/v1/participants', { as: 'reader' })).body as Array<{ municipality: string }>).map((entry) => entry.municipality);

/** api.md: 503 STORAGE_UNAVAILABLE as a problem document. */
function expectStorageUnavailable(answer: ServiceAnswer): void {
  expect([answer.status, answer.headers.get('content-type'), (answer.body as { code?: string }).code]).toEqual([
    503,
    'application/problem+json; charset=utf-8',
    'STORAGE_UNAVAILABLE',
  ]);
}

/** Resolves once GET /health answers `status` (a service recovers as soon as its next query succeeds). */
async function healthBecomes(service: RunningService, status: number, ms = 30_000): Promise<ServiceAnswer> {
  let last: ServiceAnswer | undefined;
  const probe = async () => {
    last = await service.request('/health');
    return last.status === status ? last : undefined;
  };
  return pollUntil(probe, ms, () => `/health still answered ${last?.status}, not ${status}, after ${ms} ms: ${JSON.stringify(last?.body)}`);
}

async function startOnSqlite(dataDir: string, env: Record<string, string> = {}): Promise<RunningService> {
  const service = await RunningService.start({ REGISTER_DATA_DIR: dataDir, ...env });
  return service.useSecret((await readFile(join(dataDir, JWT_SECRET_FILE_NAME), 'utf8')).trim());
}

describe('the built service on SQLite when its database file is lost under it', () => {
  let dataDir: string;
  let service: RunningService | undefined;

  beforeEach(async () => {
    dataDir = await makeTempDir('storage-lost');
  });

  afterEach(async () => {
    await service?.stop();
    service = undefined;
    await removeTempDir(dataDir);
  });

  const database = () => join(dataDir, SQLITE_FILE_NAME);
  const removeAll = async () => void (await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${database()}${suffix}`, { force: true }))));
  const losses: Array<[string, () => Promise<void>]> = [
    ['deleted with its WAL and shared memory', removeAll],
    // As an operator restores a backup: the copy (the file without what its WAL holds) moved into place, the WAL removed.
    ['replaced by an earlier copy of itself', async () => {
      await copyFile(database(), `${database()}.backup`);
      await removeAll();
      await rename(`${database()}.backup`, database());
    }],
  ];

  it.each(losses)('never acknowledges a write once the file is %s: 503 STORAGE_UNAVAILABLE, /health 503, and the write is not there after a restart', async (_how, lose) => {
    service = await startOnSqlite(dataDir);
    expect((await joinParticipant(service)).status).toBe(201);
    await lose();
    const refused = joinBody();
    expectStorageUnavailable(await joinParticipant(service, refused));
    const health = await service.request('/health');
    expect([health.status, (health.body as { code?: string }).code]).toEqual([503, 'STORAGE_UNAVAILABLE']);
    // A read would answer from the file the service will not start from: refused as well.
    expectStorageUnavailable(await service.request('/api/v1/participants', { as: 'reader' }));

    await service.stop();
    service = await startOnSqlite(dataDir);
    expect(await participantsOf(service)).not.toContain(refused.municipality);
  }, 60_000);
});

describe('the built service on SQLite when pages of its database are overwritten', () => {
  let dataDir: string;
  let service: RunningService;

  beforeAll(async () => {
    dataDir = await makeTempDir('storage-damaged');
    service = await startOnSqlite(dataDir, { REGISTER_DEMO: 'true' });
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
    await removeTempDir(dataDir);
  });

  it('answers 503 STORAGE_UNAVAILABLE instead of 500, and /health 503 once a request met the damage', async () => {
    expect((await service.request(AUTHORITY, { as: 'reader' })).status).toBe(200);
    // Every page after the first two of the file, and every frame of its write-ahead log after the first page, overwritten.
    await overwriteFrom(join(dataDir, SQLITE_FILE_NAME), 2 * 4096);
    await overwriteFrom(join(dataDir, `${SQLITE_FILE_NAME}-wal`), 4096);
    expectStorageUnavailable(await service.request(AUTHORITY, { as: 'reader' }));
    const health = await service.request('/health');
    expect([health.status, (health.body as { code?: string }).code]).toEqual([503, 'STORAGE_UNAVAILABLE']);
    expectStorageUnavailable(await joinParticipant(service));
  });
});

/** Writes 0xA5 over `file` from `offset` to its end, as a failing disk or a careless copy might: no page header survives it. */
async function overwriteFrom(file: string, offset: number): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    const { size } = await handle.stat();
    if (size > offset) await handle.write(Buffer.alloc(size - offset, 0xa5), 0, size - offset, offset);
  } finally {
    await handle.close();
  }
}

// A full disk needs a file system of its own: a small tmpfs, which only root may mount (CI runs as root).
const asRoot = process.getuid?.() === 0;
(asRoot ? describe : describe.skip)('the built service on SQLite when its disk fills up (a 16 MiB tmpfs; runs as root only)', () => {
  let mountPoint: string;
  let service: RunningService | undefined;

  beforeAll(async () => {
    mountPoint = await makeTempDir('storage-full');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m,mode=0700', 'tmpfs', mountPoint]);
  });

  afterAll(async () => {
    await service?.stop();
    execFileSync('umount', [mountPoint]);
    await removeTempDir(mountPoint);
  });

  it('refuses writes with 503 STORAGE_UNAVAILABLE while the disk is full and records again once space returns', async () => {
    const dataDir = join(mountPoint, 'data');
    service = await startOnSqlite(dataDir);
    expect((await joinParticipant(service)).status).toBe(201);
    const filler = join(mountPoint, 'filler');
    await fillTheDisk(filler);
    expectStorageUnavailable(await joinParticipant(service));

    await rm(filler);
    const recovered = joinBody();
    expect((await joinParticipant(service, recovered)).status).toBe(201);
    expect(await participantsOf(service)).toContain(recovered.municipality);
    expect((await healthBecomes(service, 200)).status).toBe(200);
  }, 60_000);
});

/** Appends to `file` until the file system has no byte left (ENOSPC). */
async function fillTheDisk(file: string): Promise<void> {
  await writeFile(file, '');
  const handle = await open(file, 'a');
  try {
    const chunk = Buffer.alloc(64 * 1024, 0x5a);
    for (;;) {
      const { bytesWritten } = await handle.write(chunk).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOSPC') return { bytesWritten: 0 };
        throw error;
      });
      if (bytesWritten === 0) break;
    }
    // The last partial chunk: a byte at a time, until not one more fits.
    while (await handle.write(Buffer.of(0x5a)).then(() => true, () => false));
  } finally {
    await handle.close();
  }
}

describe('the built service on PostgreSQL when the server stops under it', () => {
  let postgres: PostgresServerProcess;
  let service: RunningService;

  beforeAll(async () => {
    postgres = await PostgresServerProcess.start();
    service = (await RunningService.start({ REGISTER_STORE: 'postgres', DATABASE_URL: postgres.url, REGISTER_JWT_SECRET: TEST_JWT_SECRET })).useSecret(TEST_JWT_SECRET);
  }, 90_000);

  afterAll(async () => {
    await service?.stop();
    await postgres?.stop();
  }, 30_000);

  it('answers 503 STORAGE_UNAVAILABLE and /health 503 while the server is down, and serves and records again once it is back', async () => {
    expect((await joinParticipant(service)).status).toBe(201);
    await postgres.pause();
    expectStorageUnavailable(await joinParticipant(service));
    expectStorageUnavailable(await service.request('/api/v1/participants', { as: 'reader' }));
    const health = await service.request('/health');
    expect([health.status, (health.body as { code?: string }).code]).toEqual([503, 'STORAGE_UNAVAILABLE']);

    await postgres.resume();
    expect((await healthBecomes(service, 200)).status).toBe(200);
    const afterwards = joinBody();
    expect((await joinParticipant(service, afterwards)).status).toBe(201);
    expect(await participantsOf(service)).toContain(afterwards.municipality);
  }, 90_000);
});
