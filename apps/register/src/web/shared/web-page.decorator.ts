import { applyDecorators, Controller, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../../auth/access-rule.decorators';
import { PageExceptionFilter } from '../layout/page-exception.filter';
import { PageSessionGuard } from '../session/page-session.guard';

/**
 * A controller of pages: no bearer token (the session is its sign-in, checked
 * by PageSessionGuard), errors as HTML pages, and not part of the API's OpenAPI document.
 */
export function WebPageController(path = ''): ClassDecorator {
  return applyDecorators(Controller(path), Public(), UseGuards(PageSessionGuard), UseFilters(PageExceptionFilter), ApiExcludeController());
}
