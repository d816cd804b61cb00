import { type INestApplicationContext, Logger } from '@nestjs/common';
import { DemoLoader } from './demo-loader';
import { describeDemoOutcome } from './demo-outcome';

const logger = new Logger('Demo');

/**
 * `npm start -- --demo` or REGISTER_DEMO=true: the embedded default offers
 * the demo on first start. Called after the app is initialised (the
 * projector runs) and before it listens, so no client sees half a demo. A
 * register holding other data keeps it and starts without the demo (a
 * warning says why), since the flag may stay set in a deployment; a failing
 * step stops the start, and the next start completes the demo.
 */
export async function loadDemoOnStart(app: INestApplicationContext): Promise<void> {
  const outcome = await DemoLoader.from(app).load();
  const message = describeDemoOutcome(outcome);
  if (outcome.kind === 'refused') logger.warn(message);
  else logger.log(message);
}
