import { malformedBodies } from './malformed-input/all-malformed-cases';
import { describeMalformedRun } from './malformed-input/malformed-run';
import { exitRoute, functionRoute, joinRoute, powerRoute } from './routes/reference-data.routes';

const routes = [joinRoute, exitRoute, functionRoute, powerRoute];

describeMalformedRun('malformed bodies for participants, functions and powers', routes, malformedBodies(routes));
