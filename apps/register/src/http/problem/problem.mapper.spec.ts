import { BadRequestException, ConflictException, HttpException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { alreadyExists, DOMAIN_ERROR_CODES, DomainError, unknownReference, validationFailed } from '@register/domain';
import { EventIdConflict, WrongExpectedVersion } from '@register/event-store';
import { PROBLEM_STATUS } from './problem-codes';
import { problemDocument } from './problem-document';
import { toProblemAnswer } from './problem.mapper';
import { ProblemError } from './problem.error';

function partsOf(exception: unknown) {
  const answer = toProblemAnswer(exception);
  if (answer.kind !== 'problem') throw new Error(`expected a problem, got ${answer.kind}`);
  return answer.parts;
}

describe('the status of every code', () => {
  it('gives each domain code a status, 422 for the rules and the two the contract names otherwise', () => {
    const statuses = Object.fromEntries(DOMAIN_ERROR_CODES.map((code) => [code, PROBLEM_STATUS[code]]));
    const notRules = Object.entries(statuses).filter(([, status]) => status !== 422);
    expect(notRules).toEqual([
      ['ALREADY_EXISTS', 409],
      ['VALIDATION_FAILED', 400],
    ]);
  });
});

describe('toProblemAnswer', () => {
  it('answers a domain rule with 422, its code and detail, and the facts of its meta', () => {
    const error = new DomainError('SUBMANDATE_EXCEEDS_PARENT', 'Awb 10:9: wider than its parent in ceiling.', { dimension: 'ceiling' });
    expect(partsOf(error)).toEqual({
      status: 422,
      code: 'SUBMANDATE_EXCEEDS_PARENT',
      detail: 'Awb 10:9: wider than its parent in ceiling.',
      meta: { dimension: 'ceiling' },
    });
  });

  it('answers UNKNOWN_REFERENCE with 422 and ALREADY_EXISTS with 409', () => {
    expect([partsOf(unknownReference('power', 'PW-X')).status, partsOf(alreadyExists('mandate', 'm-1')).status]).toEqual([422, 409]);
  });

  it("answers the domain's VALIDATION_FAILED with 400 and moves its field errors out of meta", () => {
    expect(partsOf(validationFailed('validUntil', 'must lie after validFrom'))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'validUntil: must lie after validFrom',
      errors: [{ field: 'validUntil', message: 'must lie after validFrom' }],
      meta: {},
    });
  });

  it('still lists a field for a domain VALIDATION_FAILED that carries none', () => {
    expect(partsOf(new DomainError('VALIDATION_FAILED', 'The period is empty.')).errors).toEqual([{ field: '', message: 'The period is empty.' }]);
  });

  it("answers the store's WrongExpectedVersion with 409 and no internals", () => {
    const parts = partsOf(new WrongExpectedVersion('mandate-m-1', 3, 4));
    expect([parts.status, parts.code]).toEqual([409, 'WRONG_EXPECTED_VERSION']);
    expect(parts.detail).not.toContain('mandate-m-1');
  });

  it('answers a ProblemError by the status of its code', () => {
    expect(partsOf(new ProblemError('IDEMPOTENCY_KEY_REUSED', 'Another body.'))).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('keeps the document of an exception that carries one, a 503 included (the auth guard)', () => {
    const issuer = new ServiceUnavailableException({ code: 'ISSUER_UNAVAILABLE', detail: 'The issuer did not answer.' });
    expect(partsOf(issuer)).toEqual({ status: 503, code: 'ISSUER_UNAVAILABLE', detail: 'The issuer did not answer.', errors: undefined });
  });

  it('gives Nest exceptions the codes of the contract, and others their status phrase', () => {
    expect([
      partsOf(new NotFoundException('No such mandate.')),
      partsOf(new BadRequestException(['a is wrong', 'b is wrong'])),
      partsOf(new ConflictException()),
    ]).toEqual([
      { status: 404, code: 'NOT_FOUND', detail: 'No such mandate.', errors: undefined },
      { status: 400, code: 'VALIDATION_FAILED', detail: 'a is wrong; b is wrong', errors: [{ field: '', message: 'a is wrong; b is wrong' }] },
      { status: 409, code: 'CONFLICT', detail: 'Conflict', errors: undefined },
    ]);
  });

  it("reads Fastify's body errors that Nest wraps: too large, a Content-Length that lies", () => {
    const wrapped = (status: number, code: string) => new HttpException('wrapped', status, { cause: Object.assign(new Error('Fastify said'), { code }) });
    expect([partsOf(wrapped(413, 'FST_ERR_CTP_BODY_TOO_LARGE')).detail, partsOf(wrapped(400, 'FST_ERR_CTP_INVALID_CONTENT_LENGTH')).errors]).toEqual([
      'The body is larger than the limit of 2097152 bytes.',
      [{ field: 'Content-Length', message: 'does not match the length of the body' }],
    ]);
  });

  it.each([
    ['an Error', new Error('connection refused to 10.0.0.5:5432')],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a bare 500 HttpException', new HttpException('internal detail', 500)],
    ['a store conflict of event ids, which only a bug can cause', new EventIdConflict('mandate-m-1', ['e-1'])],
    ['a thrown string', 'oops'],
  ])('answers %s as unexpected', (_what, exception) => {
    expect(toProblemAnswer(exception)).toEqual({ kind: 'unexpected' });
  });
});

describe('problemDocument', () => {
  it('is about:blank with the status phrase as title and the correlation id last', () => {
    expect(problemDocument({ status: 422, code: 'CHRONOLOGY', detail: 'Too early.' }, 'c-1')).toEqual({
      type: 'about:blank',
      title: 'Unprocessable Entity',
      status: 422,
      code: 'CHRONOLOGY',
      detail: 'Too early.',
      correlationId: 'c-1',
    });
  });

  it('leaves out detail, errors and an empty meta when there are none, as on a 500', () => {
    expect(problemDocument({ status: 500, code: 'INTERNAL', meta: {} }, 'c-2')).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      code: 'INTERNAL',
      correlationId: 'c-2',
    });
  });
});
