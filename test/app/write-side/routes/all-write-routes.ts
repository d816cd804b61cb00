import { adoptAmendmentRoute, approveAmendmentRoute, proposeAmendmentRoute } from './amendment.routes';
import { amendmentPublicationRoute, documentRoute, publicationCorrectionRoute, publicationRoute } from './document.routes';
import { correctionRoute, grantRoute, revocationRoute, subMandateRoute } from './mandate.routes';
import { exitRoute, functionRoute, joinRoute, powerRoute } from './reference-data.routes';
import type { WriteRoute } from './write-route';

/** Every write route of api.md. */
export const ALL_WRITE_ROUTES: readonly WriteRoute[] = [
  joinRoute,
  exitRoute,
  functionRoute,
  powerRoute,
  documentRoute,
  publicationRoute,
  publicationCorrectionRoute,
  proposeAmendmentRoute,
  approveAmendmentRoute,
  adoptAmendmentRoute,
  amendmentPublicationRoute,
  grantRoute,
  subMandateRoute,
  revocationRoute,
  correctionRoute,
];

/** Records what every route acts on, in order. */
export async function setUpRoutes(routes: readonly WriteRoute[], client: Parameters<NonNullable<WriteRoute['setup']>>[0]): Promise<void> {
  for (const route of routes) await route.setup?.(client);
}
