import request from 'supertest';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { SESSION_COOKIE } from '../../../apps/register/src/web/session/session-cookie';

type Response = request.Response;

/** A browser's part in the page tests: one session cookie, kept from the answers that set it. */
export class PageClient {
  cookie: string | undefined;

  constructor(private readonly app: RegisterApplication) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.keep(await this.with(request(this.app.getHttpServer()).get(path), headers));
  }

  async post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.keep(await this.with(request(this.app.getHttpServer()).post(path).type('form').send(form), headers));
  }

  /** A form with `enctype="multipart/form-data"`: its text fields, then each file under its field's name. */
  async upload(path: string, form: Record<string, string>, files: readonly { field: string; name: string; bytes: Uint8Array }[]): Promise<Response> {
    let test = request(this.app.getHttpServer()).post(path);
    for (const [name, value] of Object.entries(form)) test = test.field(name, value);
    for (const file of files) test = test.attach(file.field, Buffer.from(file.bytes), file.name);
    return this.keep(await this.with(test, {}));
  }

  /** A download's bytes, whatever its type. */
  async download(path: string): Promise<Response> {
    const test = request(this.app.getHttpServer()).get(path).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
    return this.keep(await this.with(test, {}));
  }

  /** The sign-in as a browser does it: the form, then its post with the form's own token. */
  async signIn(username: string, password: string, returnTo = '/'): Promise<Response> {
    const form = await this.get('/inloggen');
    return this.post('/inloggen', { _csrf: csrfTokenOf(form.text), username, password, terug: returnTo });
  }

  private with(test: request.Test, headers: Record<string, string>): request.Test {
    if (this.cookie !== undefined) void test.set('Cookie', `${SESSION_COOKIE}=${this.cookie}`);
    for (const [name, value] of Object.entries(headers)) void test.set(name, value);
    return test;
  }

  private keep(response: Response): Response {
    const set = sessionCookieSet(response);
    if (set !== undefined) this.cookie = set === '' ? undefined : set;
    return response;
  }
}

/** The session id a response sets ('' when it clears the cookie), undefined when it sets none. */
export function sessionCookieSet(response: Response): string | undefined {
  const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  return header?.slice(SESSION_COOKIE.length + 1).split(';')[0];
}

export function csrfTokenOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (token === undefined) throw new Error('the page has no form token');
  return token;
}

/** The hidden fields of the form on a page that posts to `action`, as a browser would send them. */
export function hiddenFields(html: string, action: string): Record<string, string> {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) throw new Error(`the page has no form that posts to ${action}`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields: Record<string, string> = {};
  for (const match of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields[match[1]] = match[2].replace(/&amp;/g, '&');
  return fields;
}
