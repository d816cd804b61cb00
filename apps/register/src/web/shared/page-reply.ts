import type { FastifyReply } from 'fastify';

/**
 * What every page answer carries (ui.md "Signing in"): scripts and styles only
 * from this service and never inline, no framing by any site, no form posted
 * elsewhere, and nothing cached that a shared computer could show the next user.
 */
const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Sends a rendered page with the security headers. */
export function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.status(status).headers(PAGE_SECURITY_HEADERS).type('text/html; charset=utf-8').send(html);
}

/** A 303 after a form post, so that reloading the next page does not post again. */
export function redirectTo(reply: FastifyReply, location: string): FastifyReply {
  return reply.status(303).headers(PAGE_SECURITY_HEADERS).header('Location', location).send();
}

/** A download (CSV, PDF) with the same headers; `attachment` so a browser saves rather than renders it. */
export function sendDownload(reply: FastifyReply, type: string, fileName: string, body: string | Buffer): FastifyReply {
  return reply
    .status(200)
    .headers(PAGE_SECURITY_HEADERS)
    .type(type)
    .header('Content-Disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
    .send(body);
}

/** JSON for a page's own script (suggestions), with the same headers: never cached, never framed. */
export function sendJson(reply: FastifyReply, body: unknown): FastifyReply {
  return reply.status(200).headers(PAGE_SECURITY_HEADERS).type('application/json; charset=utf-8').send(JSON.stringify(body));
}
