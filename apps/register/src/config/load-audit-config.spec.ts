import { generateSignerKey } from '@register/verifiable-log';
import { loadRegisterConfig } from './load-register-config';
import { problemsOf } from './testing/config-problems';

const CWD = '/srv/register';
const SHARED = { REGISTER_STORE: 'postgres', DATABASE_URL: 'postgres://register@db.example:5432/register', REGISTER_JWT_SECRET: 's'.repeat(32) };

describe('the audit settings', () => {
  it('name the log localhost/szmh-register, keep its key in the data folder and two years of reads when nothing is set', () => {
    expect(loadRegisterConfig({}, CWD).audit).toEqual({ logOrigin: 'localhost/szmh-register', logSigningKey: undefined, accessLogRetentionDays: 730 });
  });

  it('take the origin, a signer key of that origin and a retention', () => {
    const key = generateSignerKey('register.gemeentemaastricht.nl/szmh');
    const env = { REGISTER_LOG_ORIGIN: 'register.gemeentemaastricht.nl/szmh', REGISTER_LOG_SIGNING_KEY: key, REGISTER_ACCESS_LOG_RETENTION_DAYS: '365' };
    expect(loadRegisterConfig(env, CWD).audit).toEqual({ logOrigin: 'register.gemeentemaastricht.nl/szmh', logSigningKey: key, accessLogRetentionDays: 365 });
  });

  it.each(['postgres', 'eventstoredb'])('refuse to start %s without a key: the database it vouches for must not hold it', (store) => {
    expect(problemsOf({ ...SHARED, REGISTER_STORE: store, EVENTSTORE_CONNECTION_STRING: 'esdb://es:2113' })).toEqual([
      `REGISTER_LOG_SIGNING_KEY is required when REGISTER_STORE is ${store}: only the embedded sqlite default keeps the log's key in its data folder ` +
        '(generate one with: npm run cli -- log new-key)',
    ]);
  });

  it('refuse a key of another log, naming both origins and not the key', () => {
    const key = generateSignerKey('other.example/log');
    const problems = problemsOf({ REGISTER_LOG_SIGNING_KEY: key });
    expect(problems).toEqual(['REGISTER_LOG_SIGNING_KEY is the key of the log "other.example/log", but REGISTER_LOG_ORIGIN is "localhost/szmh-register"']);
  });

  it('refuse a key that is not a signer key, without repeating what was given', () => {
    const problems = problemsOf({ REGISTER_LOG_SIGNING_KEY: 'secret-but-wrong' });
    expect(problems).toEqual(['REGISTER_LOG_SIGNING_KEY must be a signer key PRIVATE+KEY+<origin>+<8 hex digits>+<base64>: a signer key starts with PRIVATE+KEY+<name>+']);
    expect(problems.join()).not.toContain('secret-but-wrong');
  });

  it.each(['https://register.example.nl/log', 'with space', 'a+b', ''.padEnd(256, 'x')])('refuse the origin %j', (origin) => {
    expect(problemsOf({ REGISTER_LOG_ORIGIN: origin })[0]).toMatch(/^REGISTER_LOG_ORIGIN (must be|is a URL without its scheme)/);
  });

  it.each(['0', '36501', '12.5', 'two years'])('refuse the retention %j', (days) => {
    expect(problemsOf({ REGISTER_ACCESS_LOG_RETENTION_DAYS: days })).toEqual([
      `REGISTER_ACCESS_LOG_RETENTION_DAYS must be a whole number of days from 1 to 36500; got ${JSON.stringify(days)}`,
    ]);
  });
});
