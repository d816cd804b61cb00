import { malformedBodies } from './malformed-input/all-malformed-cases';
import { describeMalformedRun } from './malformed-input/malformed-run';
import { correctionRoute, revocationRoute } from './routes/mandate.routes';

const routes = [revocationRoute, correctionRoute];

describeMalformedRun('malformed bodies for revocations and corrections', routes, malformedBodies(routes));
