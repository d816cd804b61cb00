import { malformedBodies } from './malformed-input/all-malformed-cases';
import { describeMalformedRun } from './malformed-input/malformed-run';
import { documentRoute, publicationRoute } from './routes/document.routes';

const routes = [documentRoute, publicationRoute];

describeMalformedRun('malformed bodies for documents and publications', routes, malformedBodies(routes));
