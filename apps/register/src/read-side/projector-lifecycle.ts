import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Projector } from '@register/projections';

/**
 * Starts the projector once the app is built (creating the read models'
 * tables first, so a database that refuses them stops the boot) and stops it
 * after the HTTP server has closed, before the store and its DataSource close:
 * a write still waiting for its position keeps its projector to the end.
 */
@Injectable()
export class ProjectorLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(private readonly projector: Projector) {}

  onApplicationBootstrap(): Promise<void> {
    return this.projector.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.projector.stop();
  }
}
