import { ALL_WRITE_ROUTES } from '../routes/all-write-routes';
import type { WriteRoute } from '../routes/write-route';
import { systematicBodyMutations } from './body-mutations';
import type { MalformedCase } from './malformed-case';
import { randomBodyMutations } from './random-mutations';
import { requestMutations } from './request-mutations';

/** The systematic and the random body mutations of some routes. */
export function malformedBodies(routes: readonly WriteRoute[]): MalformedCase[] {
  return routes.flatMap((route) => [...systematicBodyMutations(route), ...randomBodyMutations(route, ALL_WRITE_ROUTES.indexOf(route))]);
}

/** Every malformed case the run sends, over every write route. */
export function allMalformedCases(): MalformedCase[] {
  return [...malformedBodies(ALL_WRITE_ROUTES), ...ALL_WRITE_ROUTES.flatMap(requestMutations)];
}
