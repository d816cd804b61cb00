/**
 * Query parameters that carry credentials: OAuth 2.0 and OpenID Connect put
 * tokens, authorization codes and the `state` that binds them to a login in
 * the query (RFC 6749 §4.1.2, RFC 6750 §2.3), and careless clients send
 * passwords and secrets there too. The service refuses a token in the query,
 * but the request line is logged before and whatever the answer.
 */
const CREDENTIAL_QUERY_PARAMETERS: ReadonlySet<string> = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'token',
  'code',
  'state',
  'client_secret',
  'password',
]);

const REDACTED = '[redacted]';

/**
 * The URL as a log may show it: the value of every credential parameter
 * (names compared without regard to case or percent-encoding) replaced by
 * `[redacted]`, everything else as sent, so the line still says what was asked.
 */
export function redactedUrl(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart < 0) return url;
  const parameters = url.slice(queryStart + 1).split('&').map(redactedParameter);
  return `${url.slice(0, queryStart)}?${parameters.join('&')}`;
}

/** A parsed query (what the router hands on as `request.query`), its credentials likewise replaced. */
export function redactedQuery(query: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, isCredential(name) ? REDACTED : value]));
}

function redactedParameter(parameter: string): string {
  const separator = parameter.indexOf('=');
  const name = separator < 0 ? parameter : parameter.slice(0, separator);
  return isCredential(decodedName(name)) ? `${name}=${REDACTED}` : parameter;
}

function isCredential(name: string): boolean {
  return CREDENTIAL_QUERY_PARAMETERS.has(name.toLowerCase());
}

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
