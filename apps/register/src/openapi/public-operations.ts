import type { INestApplication } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ACCESS_RULE, type AccessRule } from '../auth/access-rule.decorators';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The document requires the bearer scheme of every operation, as api.md does
 * of every route; a `@Public()` route (GET /health) gets `security: []`, which
 * OpenAPI reads as "no token". Swagger's decorators cannot say "none", so the
 * operations are found by the operation ids Swagger gives them:
 * `<Controller>_<method>`.
 */
export function markPublicOperations(document: OpenAPIObject, app: INestApplication): OpenAPIObject {
  const publicIds = publicOperationIds(app);
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation?.operationId !== undefined && publicIds.has(operation.operationId)) operation.security = [];
    }
  }
  return document;
}

function publicOperationIds(app: INestApplication): Set<string> {
  const reflector = new Reflector();
  const ids = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, metatype]);
        if (rule?.kind === 'public') ids.add(`${metatype.name}_${name}`);
      }
    }
  }
  return ids;
}
