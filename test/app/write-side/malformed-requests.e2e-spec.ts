import { requestMutations } from './malformed-input/request-mutations';
import { describeMalformedRun } from './malformed-input/malformed-run';
import { ALL_WRITE_ROUTES } from './routes/all-write-routes';

describeMalformedRun(
  'requests to every write route that are no JSON object of the route',
  ALL_WRITE_ROUTES,
  ALL_WRITE_ROUTES.flatMap(requestMutations),
);
