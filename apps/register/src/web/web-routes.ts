import { RequestMethod } from '@nestjs/common';

/** A route as `setGlobalPrefix`'s `exclude` takes it. */
export interface ExcludedRoute {
  readonly path: string;
  readonly method: RequestMethod;
}

/**
 * Every page route, as its controller declares it: served at the root, not
 * under the API's /api/v1. Page parameters carry Dutch names (`:orgaan`), so
 * no pattern equals an API route's (`registers/:organ`), and each exclusion
 * is the pattern written literally: it matches that page route and nothing
 * else. A page controller whose route is missing here answers under /api/v1,
 * which the browser tests would show at once.
 */
const WEB_PAGE_ROUTES = [
  '',
  'inloggen',
  'uitloggen',
  'zoeken',
  'auth/start',
  'auth/callback',
  'assets/:bestand',
  'bevoegdheid',
  'bevoegdheid/verklaring.pdf',
  'bevoegdheid/suggesties',
  'registers/:orgaan',
  'registers/:orgaan/register.csv',
  'registers/:orgaan/register.pdf',
  'registers/:orgaan/ontvangen',
  'registers/:orgaan/ontvangen/register.csv',
  'registers/:orgaan/ontvangen/register.pdf',
  'mandaten/nieuw',
  'mandaten/nieuw/besluit',
  'mandaten/:kenmerk',
  'mandaten/:kenmerk/:actie',
  'mandaten/:kenmerk/ondermandaat',
  'mandaten/:kenmerk/intrekken',
  'mandaten/:kenmerk/corrigeren',
  'documenten',
  'documenten/:kenmerk',
  'openbaar/mandaatregister/:gemeente',
  'publicaties',
  'publicaties/werklijst.csv',
  'publicaties/vastleggen',
  'publicaties/corrigeren',
  'audit',
  'audit/bundel.zip',
  'audit/controlepunt.txt',
  'inlezen',
  'inlezen/toepassen',
  'inlezen/sjabloon.xlsx',
  'inlezen/register.xlsx',
] as const;

/** The exclusions from the global prefix: each page pattern with its special characters escaped, so it matches itself only. */
export function pageRoutesOutsideApiPrefix(): ExcludedRoute[] {
  return WEB_PAGE_ROUTES.map((path) => ({ path: `/${path.replace(/[:*{}()\\]/g, (char) => `\\${char}`)}`, method: RequestMethod.ALL }));
}
