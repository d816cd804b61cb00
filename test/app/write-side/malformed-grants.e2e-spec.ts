import { malformedBodies } from './malformed-input/all-malformed-cases';
import { describeMalformedRun } from './malformed-input/malformed-run';
import { grantRoute, subMandateRoute } from './routes/mandate.routes';

const routes = [grantRoute, subMandateRoute];

describeMalformedRun('malformed bodies for mandates and sub-mandates', routes, malformedBodies(routes));
