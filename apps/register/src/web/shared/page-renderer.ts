import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { Eta } from 'eta';

/** The pages' folder: each page's template lies beside its controller, the shared layout in layout/. */
const WEB_ROOT = join(__dirname, '..');

/**
 * Renders the pages' Eta templates. `<%= %>` escapes everything it prints, so
 * a title typed by a registrar cannot become markup; `<%~ %>` is kept for the
 * layout's body, which is already rendered.
 */
@Injectable()
export class PageRenderer {
  private readonly eta = new Eta({ views: WEB_ROOT, cache: true, autoEscape: true, useWith: false });

  render(template: string, model: object): string {
    return this.eta.render(template, model);
  }
}
