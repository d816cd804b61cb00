import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/**
 * The contract sits beside the clone, not in it: CI clones the repository into
 * a folder of its own choosing with `shared/` as its sibling.
 */
const API_MD_PATH = resolve(REPO_ROOT, '../shared/docs/api.md');

const API_PREFIX = '/api/v1';

// `GET /mandates/{id}`, `POST /documents` or `GET /authority?actor=...`, in a table cell or in prose.
const ROUTE = /`(GET|POST|PUT|PATCH|DELETE) (\/[^`?\s]*)[^`]*`/g;

/**
 * Every route api.md names, as `METHOD /path` with the path in full and each
 * parameter written `{}` (names differ between the contract and controllers).
 * Routes are taken wherever api.md writes one in backticks, not only from its
 * tables: `POST /mandates` and `GET /authority` are introduced in prose. Paths
 * are relative to the base path /api/v1, except those api.md gives in full:
 * `/health` and the OpenAPI documents under `/api/`.
 */
export function apiMdRoutes(markdown: string = readFileSync(API_MD_PATH, 'utf8')): string[] {
  const routes = new Set<string>();
  for (const [, method, path] of markdown.matchAll(ROUTE)) {
    const absolute = path === '/health' || path.startsWith('/api/') ? path : `${API_PREFIX}${path}`;
    routes.add(routeKey(method, absolute));
  }
  return [...routes].sort();
}

/** `GET /api/v1/mandates/{}` for `get` and `/api/v1/mandates/{id}` or `/api/v1/mandates/:id`. */
export function routeKey(method: string, path: string): string {
  const normalised = path.replace(/\{[^}]*\}|:[A-Za-z_]\w*/g, '{}').replace(/\/$/, '');
  return `${method.toUpperCase()} ${normalised || '/'}`;
}
