import { loadRegisterConfig } from './load-register-config';
import { problemsOf } from './testing/config-problems';

const CWD = '/srv/register';
const PG_URL = 'postgres://register:s3cret@db.example:5432/register';
const ESDB = 'esdb://es.example:2113?tls=true';
// A shared store needs a configured token secret and log key (see load-auth-config.spec.ts, load-audit-config.spec.ts); these tests are about the store.
const SECRET = 'x'.repeat(32);
const LOG_KEY = 'PRIVATE+KEY+localhost/szmh-register+2e27b632+AdLNfKBBrvNv39mfg2kl4TIYA3FBsCH2B9s/e1C1ucjX';

describe('loadRegisterConfig', () => {
  it('gives the embedded default when nothing is set: SQLite in ./data under the working folder, port 3000, info logs', () => {
    expect(loadRegisterConfig({}, CWD)).toEqual({
      store: { kind: 'sqlite', file: '/srv/register/data/register.sqlite' },
      dataDir: '/srv/register/data',
      port: 3000,
      jwtSecret: undefined,
      oidc: undefined,
      logLevel: 'info',
      readYourWritesTimeoutMs: 5_000,
      demo: false,
      httpProcesses: 1,
      web: { publicPages: true, oidcSignIn: undefined },
      audit: { logOrigin: 'localhost/szmh-register', logSigningKey: undefined, accessLogRetentionDays: 730 },
    });
  });

  it('treats an empty variable as unset, so FOO= means the default', () => {
    const config = loadRegisterConfig({ REGISTER_STORE: '', PORT: '', LOG_LEVEL: '', REGISTER_DATA_DIR: '' }, CWD);
    expect([config.store.kind, config.port, config.logLevel, config.dataDir]).toEqual([
      'sqlite',
      3000,
      'info',
      '/srv/register/data',
    ]);
  });

  describe('REGISTER_STORE', () => {
    it('refuses an unknown store and names the allowed ones', () => {
      expect(problemsOf({ REGISTER_STORE: 'mysql' })).toEqual([
        'REGISTER_STORE must be one of sqlite, postgres, eventstoredb; got "mysql"',
      ]);
    });

    it('is case-sensitive, as every other value is', () => {
      expect(problemsOf({ REGISTER_STORE: 'SQLite' })).toEqual([
        'REGISTER_STORE must be one of sqlite, postgres, eventstoredb; got "SQLite"',
      ]);
    });

    it('selects PostgreSQL with its DATABASE_URL', () => {
      expect(loadRegisterConfig({ REGISTER_STORE: 'postgres', DATABASE_URL: PG_URL, REGISTER_JWT_SECRET: SECRET, REGISTER_LOG_SIGNING_KEY: LOG_KEY }, CWD).store).toEqual({
        kind: 'postgres',
        databaseUrl: PG_URL,
      });
    });

    it('selects EventStoreDB with its connection string and the PostgreSQL of its read models', () => {
      const env = { REGISTER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: ESDB, DATABASE_URL: PG_URL, REGISTER_JWT_SECRET: SECRET, REGISTER_LOG_SIGNING_KEY: LOG_KEY };
      expect(loadRegisterConfig(env, CWD).store).toEqual({
        kind: 'eventstoredb',
        connectionString: ESDB,
        databaseUrl: PG_URL,
      });
    });
  });

  describe('REGISTER_DATA_DIR', () => {
    it('resolves a relative folder against the working folder and keeps the SQLite file in it', () => {
      const config = loadRegisterConfig({ REGISTER_DATA_DIR: 'var/register' }, CWD);
      expect(config.dataDir).toBe('/srv/register/var/register');
      expect(config.store).toEqual({ kind: 'sqlite', file: '/srv/register/var/register/register.sqlite' });
    });

    it('keeps an absolute folder as it is', () => {
      expect(loadRegisterConfig({ REGISTER_DATA_DIR: '/var/lib/register' }, CWD).dataDir).toBe('/var/lib/register');
    });
  });

  describe('DATABASE_URL', () => {
    it('is required for postgres', () => {
      expect(problemsOf({ REGISTER_STORE: 'postgres', REGISTER_JWT_SECRET: SECRET, REGISTER_LOG_SIGNING_KEY: LOG_KEY })).toEqual(['DATABASE_URL is required when REGISTER_STORE is postgres']);
    });

    it('is required for eventstoredb, whose read models live in PostgreSQL', () => {
      expect(problemsOf({ REGISTER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: ESDB, REGISTER_JWT_SECRET: SECRET, REGISTER_LOG_SIGNING_KEY: LOG_KEY })).toEqual([
        'DATABASE_URL is required when REGISTER_STORE is eventstoredb',
      ]);
    });

    it('must be a PostgreSQL URL, and the message does not repeat the value, which may hold a password', () => {
      const problems = problemsOf({ REGISTER_STORE: 'postgres', DATABASE_URL: 'mysql://root:hunter2@db/register', REGISTER_JWT_SECRET: SECRET, REGISTER_LOG_SIGNING_KEY: LOG_KEY });
      expect(problems).toEqual(['DATABASE_URL must be a postgres:// or postgresql:// URL']);
      expect(problems.join()).not.toContain('hunter2');
    });

    it('accepts the postgresql:// spelling too', () => {
      const url = 'postgresql://db.example/register';
      expect(loadRegisterConfig({ REGISTER_STORE: 'postgres', DATABASE_URL: url, REGISTER_JWT_SECRET: SECRET, REGISTER_LOG_SIGNING_KEY: LOG_KEY }, CWD).store).toEqual({
        kind: 'postgres',
        databaseUrl: url,
      });
    });

    it('is ignored by the embedded default, which does not use it', () => {
      expect(loadRegisterConfig({ DATABASE_URL: 'not a url' }, CWD).store.kind).toBe('sqlite');
    });
  });

  describe('EVENTSTORE_CONNECTION_STRING', () => {
    it('is required for eventstoredb', () => {
      expect(problemsOf({ REGISTER_STORE: 'eventstoredb', DATABASE_URL: PG_URL, REGISTER_JWT_SECRET: SECRET, REGISTER_LOG_SIGNING_KEY: LOG_KEY })).toEqual([
        'EVENTSTORE_CONNECTION_STRING is required when REGISTER_STORE is eventstoredb',
      ]);
    });

    it('must use a scheme the EventStoreDB client understands, without echoing the value', () => {
      const env = { REGISTER_STORE: 'eventstoredb', DATABASE_URL: PG_URL, EVENTSTORE_CONNECTION_STRING: 'tcp://admin:changeit@es:1113', REGISTER_JWT_SECRET: SECRET, REGISTER_LOG_SIGNING_KEY: LOG_KEY };
      const problems = problemsOf(env);
      expect(problems).toEqual(['EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover://']);
      expect(problems.join()).not.toContain('changeit');
    });

    it('accepts cluster discovery', () => {
      const env = { REGISTER_STORE: 'eventstoredb', DATABASE_URL: PG_URL, EVENTSTORE_CONNECTION_STRING: 'esdb+discover://es.example:2113', REGISTER_JWT_SECRET: SECRET, REGISTER_LOG_SIGNING_KEY: LOG_KEY };
      expect(loadRegisterConfig(env, CWD).store.kind).toBe('eventstoredb');
    });
  });

  describe('PORT', () => {
    it.each(['1', '8080', '65535'])('accepts %s', (port) => {
      expect(loadRegisterConfig({ PORT: port }, CWD).port).toBe(Number(port));
    });

    it.each(['0', '65536', '-1', '3000.5', 'http', '1e3', ' 3000'])('refuses %j', (port) => {
      expect(problemsOf({ PORT: port })).toEqual([`PORT must be an integer from 1 to 65535; got ${JSON.stringify(port)}`]);
    });
  });

  describe('REGISTER_JWT_SECRET', () => {
    it('is optional', () => {
      expect(loadRegisterConfig({}, CWD).jwtSecret).toBeUndefined();
    });

    it('is taken from the environment when it has at least 32 characters (256 bits for HS256)', () => {
      const secret = 'x'.repeat(32);
      expect(loadRegisterConfig({ REGISTER_JWT_SECRET: secret }, CWD).jwtSecret).toBe(secret);
    });

    it('refuses a shorter secret without printing it', () => {
      const problems = problemsOf({ REGISTER_JWT_SECRET: 'short-secret-31-characters-long' });
      expect(problems).toEqual(['REGISTER_JWT_SECRET must be at least 32 characters when set']);
      expect(problems.join()).not.toContain('short-secret');
    });
  });

  describe('LOG_LEVEL', () => {
    it.each(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])('accepts the pino level %s', (level) => {
      expect(loadRegisterConfig({ LOG_LEVEL: level }, CWD).logLevel).toBe(level);
    });

    it('refuses anything else and lists the pino levels', () => {
      expect(problemsOf({ LOG_LEVEL: 'verbose' })).toEqual([
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "verbose"',
      ]);
    });
  });

  describe('REGISTER_READ_YOUR_WRITES_TIMEOUT_MS', () => {
    it('waits 5 seconds for the read side when unset', () => {
      expect(loadRegisterConfig({}, CWD).readYourWritesTimeoutMs).toBe(5_000);
    });

    it.each([
      ['1', 1],
      ['250', 250],
      ['600000', 600_000],
    ])('accepts %s milliseconds', (raw, ms) => {
      expect(loadRegisterConfig({ REGISTER_READ_YOUR_WRITES_TIMEOUT_MS: raw }, CWD).readYourWritesTimeoutMs).toBe(ms);
    });

    it.each(['0', '600001', '-5', '1.5', '5s', ' 250', '1e3'])('refuses %j, naming the range', (raw) => {
      expect(problemsOf({ REGISTER_READ_YOUR_WRITES_TIMEOUT_MS: raw })).toEqual([
        `REGISTER_READ_YOUR_WRITES_TIMEOUT_MS must be an integer from 1 to 600000 (milliseconds); got ${JSON.stringify(raw)}`,
      ]);
    });
  });

  describe('REGISTER_HTTP_PROCESSES', () => {
    it.each([
      ['1', 1],
      ['2', 2],
      ['64', 64],
    ])('serves HTTP from %s process(es)', (raw, count) => {
      expect(loadRegisterConfig({ REGISTER_HTTP_PROCESSES: raw }, CWD).httpProcesses).toBe(count);
    });

    it.each(['0', '65', '-1', '1.5', 'two', ' 2', '100'])('refuses %j, naming the range', (raw) => {
      expect(problemsOf({ REGISTER_HTTP_PROCESSES: raw })).toEqual([`REGISTER_HTTP_PROCESSES must be an integer from 1 to 64; got ${JSON.stringify(raw)}`]);
    });
  });

  describe('REGISTER_DEMO', () => {
    it.each([
      ['true', true],
      ['false', false],
      ['', false],
    ])('reads %j as %s', (raw, demo) => {
      expect(loadRegisterConfig({ REGISTER_DEMO: raw }, CWD).demo).toBe(demo);
    });

    it.each(['yes', '1', 'TRUE', 'ture', ' true'])('refuses %j rather than read a typo as false', (raw) => {
      expect(problemsOf({ REGISTER_DEMO: raw })).toEqual([`REGISTER_DEMO must be true or false; got ${JSON.stringify(raw)}`]);
    });
  });

  it('reports every wrong variable at once, so one restart fixes them all', () => {
    expect(problemsOf({ REGISTER_STORE: 'mysql', PORT: '0', LOG_LEVEL: 'loud' })).toEqual([
      'REGISTER_STORE must be one of sqlite, postgres, eventstoredb; got "mysql"',
      'PORT must be an integer from 1 to 65535; got "0"',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "loud"',
    ]);
  });
});
