import { Injectable, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldError } from '../problem/problem-document';
import { ProblemError } from '../problem/problem.error';
import { toFieldErrors } from './field-errors.mapper';

/**
 * The global validation of request DTOs (architecture.md, style 5): unknown
 * fields are refused rather than dropped, values are turned into the DTO
 * classes, and every failure becomes one 400 VALIDATION_FAILED that lists the
 * fields. Registered as APP_PIPE, so test apps validate the same.
 */
@Injectable()
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // A DTO is checked as a whole: report every wrong field, not just the first per property.
      stopAtFirstError: false,
      exceptionFactory: (errors) => ProblemError.validationFailed(fieldErrorsOrWhole(errors)),
    });
  }
}

/** api.md promises a 400 lists its fields; an error without constraints of its own still names the body. */
function fieldErrorsOrWhole(errors: readonly ValidationError[]): FieldError[] {
  const fieldErrors = toFieldErrors(errors);
  return fieldErrors.length > 0 ? fieldErrors : [{ field: '', message: 'is not a valid request' }];
}
