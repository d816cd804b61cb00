import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../auth/access-rule.decorators';


const CSS = 'text/css; charset=utf-8';

function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** Every file the pages load, by a fixed name: nothing else of the disk is reachable from here. */
const ASSETS: Readonly<Record<string, { readonly path: string; readonly type: string }>> = {
  'design-tokens.css': { path: packageFile('@utrecht/design-tokens', 'dist/index.css'), type: CSS },
  'component-library.css': { path: packageFile('@utrecht/component-library-css', 'dist/index.css'), type: CSS },
  'register.css': { path: join(__dirname, 'register.css'), type: CSS },
  'print.css': { path: join(__dirname, 'print.css'), type: CSS },
  'enhance.js': { path: join(__dirname, 'enhance.js'), type: 'text/javascript; charset=utf-8' },
};

/** The NL Design System styles, the register's own and its one script, served by the service itself (no third-party host). */
@ApiExcludeController()
@Public()
@Controller('assets')
export class AssetsController {
  private readonly cache = new Map<string, Buffer>();

  @Get(':bestand')
  asset(@Param('bestand') name: string, @Res() reply: FastifyReply): void {
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (asset === undefined) throw new NotFoundException(`No asset named ${name}`);
    let body = this.cache.get(name);
    if (body === undefined) {
      body = readFileSync(asset.path);
      this.cache.set(name, body);
    }
    void reply.header('Cache-Control', 'public, max-age=3600').header('X-Content-Type-Options', 'nosniff').type(asset.type).send(body);
  }
}
