/**
 * Just enough of a browser for a redirect flow across two origins: cookies
 * per host (name=value, nothing else), redirects followed by hand so that
 * each hop is seen, forms posted as urlencoded.
 */
export class CookieBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  async get(url: string): Promise<Response> {
    return this.send(url, { method: 'GET' });
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.send(url, { method: 'POST', body: new URLSearchParams(form), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  /** Follows redirects from `url` until `stop` says so (or an answer is no redirect); returns the last answer and its URL. */
  async follow(url: string, stop: (next: URL) => boolean = () => false, limit = 20): Promise<{ response: Response; url: string }> {
    let current = url;
    for (let hop = 0; hop < limit; hop += 1) {
      const response = await this.get(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || location === null) return { response, url: current };
      const next = new URL(location, current);
      if (stop(next)) return { response, url: next.href };
      current = next.href;
    }
    throw new Error(`more than ${limit} redirects from ${url}`);
  }

  cookie(host: string, name: string): string | undefined {
    return this.jars.get(host)?.get(name);
  }

  setCookie(host: string, name: string, value: string): void {
    this.jarOf(host).set(name, value);
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    const { host } = new URL(url);
    const cookie = [...this.jarOf(host)].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const [name, ...value] = pair!.split('=');
      if (/Max-Age=0|expires=Thu, 01 Jan 1970/i.test(set)) this.jarOf(host).delete(name!.trim());
      else this.jarOf(host).set(name!.trim(), value.join('='));
    }
    return response;
  }

  private jarOf(host: string): Map<string, string> {
    let jar = this.jars.get(host);
    if (jar === undefined) this.jars.set(host, (jar = new Map()));
    return jar;
  }
}
