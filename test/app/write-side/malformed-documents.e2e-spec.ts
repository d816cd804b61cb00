import { malformedBodies } from './malformed-input/all-malformed-cases';
import { describeMalformedRun } from './malformed-input/malformed-run';
import { amendmentPublicationRoute, documentRoute, publicationCorrectionRoute, publicationRoute } from './routes/document.routes';

const routes = [documentRoute, publicationRoute, publicationCorrectionRoute, amendmentPublicationRoute];

describeMalformedRun('malformed bodies for documents, publications and their corrections', routes, malformedBodies(routes));
