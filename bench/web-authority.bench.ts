import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { SESSION_COOKIE } from '../apps/register/src/web/session/session-cookie';
import type { BenchResult } from './report';

/** The little of autocannon's API used here; the package ships no types. */
export interface CannonResult {
  readonly requests: { readonly total: number };
  readonly duration: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** A load of `paths` for `duration` seconds with `headers`. */
export type Cannon = (paths: readonly string[], headers: Record<string, string>, duration: number) => Promise<CannonResult>;

/** What http.authority asks: its paths and its bearer header. */
export interface ApiLoad {
  readonly paths: readonly string[];
  readonly headers: Record<string, string>;
}

/** Turns of each side: the API and the pages alternate, so a machine that gets busier meanwhile slows both alike. */
const TURNS = 3;
const TURN_SECONDS = 2;

const CLI_ENTRY = join(__dirname, '..', 'apps', 'register-cli', 'src', 'main.js');
const ACCOUNT = { name: 'bench-jurist', password: 'bench-juridische-zaken-2026' };

/** A local account for the page runs, made with the CLI as an administrator would, before the service opens the file. */
export function addBenchAccount(env: NodeJS.ProcessEnv): void {
  execFileSync(process.execPath, [CLI_ENTRY, 'user', 'add', ACCOUNT.name, '--role', 'reader', '--password-stdin'], { env, input: `${ACCOUNT.password}\n`, stdio: ['pipe', 'ignore', 'inherit'] });
}

/**
 * web.authority: the competence check's answer page (/bevoegdheid, both axes,
 * the chain with its decisions, as legal affairs see it) for the same
 * questions as http.authority, signed in with a session cookie, as pages per
 * second against http.authority's GET /authority in the same run, the two
 * measured in alternating turns (target: at least half); pdf.statement: the
 * competence statement PDF/A for those questions, statements per second, beside it.
 */
export async function webAuthority(base: string, questions: readonly URLSearchParams[], cannon: Cannon, api: ApiLoad): Promise<BenchResult[]> {
  const cookie = `${SESSION_COOKIE}=${await signIn(base)}`;
  const pages = questions.map((question) => `/bevoegdheid?${question.toString()}`);
  await cannon(pages, { cookie }, TURN_SECONDS);
  const totals = { api: { requests: 0, seconds: 0 }, web: { requests: 0, seconds: 0 } };
  for (let turn = 0; turn < TURNS; turn += 1) {
    add(totals.api, await cannon(api.paths, api.headers, TURN_SECONDS), 'http.authority');
    add(totals.web, await cannon(pages, { cookie }, TURN_SECONDS), 'web.authority');
  }
  const httpRps = totals.api.requests / totals.api.seconds;
  const web = totals.web.requests / totals.web.seconds;
  const statements = questions.slice(0, 50).map((question) => `/bevoegdheid/verklaring.pdf?${question.toString()}`);
  const pdf = perSecond(await cannon(statements, { cookie }, 5), 'pdf.statement');
  return [
    { name: 'web.authority', unit: 'pages/s', value: Math.round(web), referenceName: 'http.authority in turns', referenceValue: Math.round(httpRps), ratio: Math.round((web / httpRps) * 1000) / 1000, target: 0.5 },
    { name: 'pdf.statement', unit: 'statements/s', value: Math.round(pdf * 10) / 10, referenceName: 'web.authority', referenceValue: Math.round(web), ratio: Math.round((pdf / web) * 1000) / 1000 },
  ];
}

function add(total: { requests: number; seconds: number }, result: CannonResult, name: string): void {
  total.requests += perSecond(result, name) * (result.duration || TURN_SECONDS);
  total.seconds += result.duration || TURN_SECONDS;
}

function perSecond(result: CannonResult, name: string): number {
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.total / (result.duration || 5);
}

/** Signs in as a browser does: the form's visitor session and token, then the post; answers the signed-in session id. */
async function signIn(base: string): Promise<string> {
  const form = await fetch(`${base}/inloggen`);
  const visitor = sessionOf(form);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (visitor === undefined || token === undefined) throw new Error('web.authority: the sign-in form gave no session or token');
  const body = new URLSearchParams({ _csrf: token, username: ACCOUNT.name, password: ACCOUNT.password, terug: '/' });
  const posted = await fetch(`${base}/inloggen`, { method: 'POST', body, redirect: 'manual', headers: { cookie: `${SESSION_COOKIE}=${visitor}`, 'content-type': 'application/x-www-form-urlencoded' } });
  const session = sessionOf(posted);
  if (posted.status !== 303 || session === undefined) throw new Error(`web.authority: sign-in answered ${posted.status}`);
  return session;
}

function sessionOf(response: Response): string | undefined {
  const set = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  return set?.slice(SESSION_COOKIE.length + 1).split(';')[0];
}
