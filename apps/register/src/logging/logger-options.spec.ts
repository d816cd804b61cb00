import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loggerOptions } from './logger-options';

function capturingLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: pino(loggerOptions('info', 'process-42'), sink), lines };
}

describe('loggerOptions', () => {
  it('gives a line written outside any request the process correlation id', () => {
    const { logger, lines } = capturingLogger();
    logger.info('booting');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ msg: 'booting', correlationId: 'process-42' });
  });

  it('keeps the correlation id a request logger is bound to, and writes the key only once', () => {
    const { logger, lines } = capturingLogger();
    logger.child({ correlationId: 'request-7' }).child({ context: 'Health' }).warn('not ready');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ correlationId: 'request-7', context: 'Health' });
    // JSON.parse keeps the last of duplicate keys, so count them in the raw line.
    expect(lines[0]?.match(/"correlationId"/g)).toHaveLength(1);
  });

  it('writes ISO-8601 timestamps', () => {
    const { logger, lines } = capturingLogger();
    logger.info('tick');
    expect(JSON.parse(lines[0] ?? '')).toHaveProperty('time', expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/));
  });

  it('hides the authorization and cookie headers of a logged request', () => {
    const { logger, lines } = capturingLogger();
    logger.info({ req: { headers: { authorization: 'Bearer eyJ.secret', cookie: 'sid=1', accept: 'json' } } }, 'request');
    expect(JSON.parse(lines[0] ?? '').req.headers).toEqual({ authorization: '[redacted]', cookie: '[redacted]', accept: 'json' });
  });
});
