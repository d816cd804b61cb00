import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsArray, IsIn, IsObject, IsString, ValidateNested, validateSync } from 'class-validator';
import { IsCalendarDate } from './date-time.validators';
import { MAX_FIELD_ERRORS, toFieldErrors } from './field-errors.mapper';
import { IsRegisterId } from './identifier.validators';

class Party {
  @IsRegisterId()
  id!: string;
}

class Basis {
  @IsIn(['statutory', 'consent'])
  type!: string;

  @IsString()
  citation!: string;
}

class Grant {
  @IsCalendarDate()
  validFrom!: string;

  @IsArray()
  @IsRegisterId({ each: true })
  powers!: string[];

  @IsObject()
  @ValidateNested()
  @Type(() => Basis)
  consentBasis!: Basis;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Party)
  parties!: Party[];
}

function errorsOf(plain: object) {
  const grant = plainToInstance(Grant, plain);
  return toFieldErrors(validateSync(grant, { whitelist: true, forbidNonWhitelisted: true }));
}

const VALID = {
  validFrom: '2026-01-01',
  powers: ['PW-BIJSTAND'],
  consentBasis: { type: 'statutory', citation: 'Wgr art. 8 lid 4' },
  parties: [{ id: 'college-GM0938' }],
};

describe('toFieldErrors', () => {
  it('gives nothing for a valid object', () => {
    expect(errorsOf(VALID)).toEqual([]);
  });

  it('names a field of a nested object with a dot, without repeating the name in the message', () => {
    expect(errorsOf({ ...VALID, consentBasis: { type: 'statutory', citation: 7 } })).toEqual([
      { field: 'consentBasis.citation', message: 'must be a string' },
    ]);
  });

  it('names the failing items of a list of strings by index, not the whole list', () => {
    expect(errorsOf({ ...VALID, powers: ['PW-OK', 'PW BAD', 'PW-OK2', 'PW/BAD'] })).toEqual([
      { field: 'powers[1]', message: expect.stringMatching(/^must be 1 to 128 letters/) },
      { field: 'powers[3]', message: expect.stringMatching(/^must be 1 to 128 letters/) },
    ]);
  });

  it('names a field of an object inside a list by index and dot', () => {
    expect(errorsOf({ ...VALID, parties: [{ id: 'ok' }, { id: '' }] })).toEqual([
      { field: 'parties[1].id', message: expect.stringMatching(/^must be 1 to 128 letters/) },
    ]);
  });

  it('reports unknown fields, nested ones by their path', () => {
    expect(errorsOf({ ...VALID, colour: 'blue', consentBasis: { ...VALID.consentBasis, extra: 1 } })).toEqual([
      { field: 'colour', message: 'is not a field of this request' },
      { field: 'consentBasis.extra', message: 'is not a field of this request' },
    ]);
  });

  it('says only that a missing list is missing, not also that its items are wrong', () => {
    const { powers: _powers, ...withoutPowers } = VALID;
    expect(errorsOf(withoutPowers)).toEqual([{ field: 'powers', message: 'must be an array' }]);
  });

  it('says only that a nested object given as a list is not an object, not what its items lack', () => {
    expect(errorsOf({ ...VALID, consentBasis: [{}] })).toEqual([{ field: 'consentBasis', message: 'must be an object' }]);
  });

  it(`stops after ${MAX_FIELD_ERRORS} errors, so a list of thousands of bad items cannot flood the answer`, () => {
    const errors = errorsOf({ ...VALID, powers: Array.from({ length: 5_000 }, () => 'bad power') });
    expect(errors).toHaveLength(MAX_FIELD_ERRORS);
    expect(errors[MAX_FIELD_ERRORS - 1]?.field).toBe(`powers[${MAX_FIELD_ERRORS - 1}]`);
  });
});
