import type { RegisterConfig } from '../../../register/src/config/register-config';
import { DemoLoader } from '../../../register/src/demo/demo-loader';
import { describeDemoOutcome } from '../../../register/src/demo/demo-outcome';
import { type CliIo, EXIT_FAILED, EXIT_OK } from '../cli-command';
import { withServiceContext } from '../service-context';

/** The demo loaded through an application context of the service's AppModule, without HTTP; the exit status. */
export function runDemo(config: RegisterConfig, io: CliIo): Promise<number> {
  return withServiceContext(config, async (app) => {
    const outcome = await DemoLoader.from(app).load();
    const text = `${describeDemoOutcome(outcome)}\n`;
    if (outcome.kind === 'refused') {
      io.err(text);
      return EXIT_FAILED;
    }
    io.out(text);
    return EXIT_OK;
  });
}
