import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, exportSPKI, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';

const REALM_PATH = '/realms/szmh';

interface SigningKey {
  readonly kid: string;
  readonly alg: 'RS256' | 'ES256';
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  readonly publicJwk: JWK;
}

/**
 * A real OpenID provider in miniature on 127.0.0.1: it serves
 * `/.well-known/openid-configuration` and a JWKS with one RS256 and one ES256
 * public key, signs tokens with the private halves, and can be switched to
 * answer 503 or to publish metadata that names another issuer.
 */
export class LocalOidcIssuer {
  /** The paths asked for, in order, to see what the verifier fetched and when. */
  readonly requests: string[] = [];
  available = true;
  metadataIssuer: string | undefined;

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
    private readonly keys: readonly SigningKey[],
  ) {}

  static async start(): Promise<LocalOidcIssuer> {
    const keys = [await signingKey('rsa-1', 'RS256'), await signingKey('ec-1', 'ES256')];
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const issuer = new LocalOidcIssuer(server, `http://127.0.0.1:${port}${REALM_PATH}`, keys);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => issuer.answer(request.url ?? '', response));
    return issuer;
  }

  /** A token of this issuer, signed with its RS256 key unless `alg` says ES256. */
  async sign(payload: JWTPayload, alg: SigningKey['alg'] = 'RS256'): Promise<string> {
    const key = this.keys.find((candidate) => candidate.alg === alg);
    if (!key) throw new Error(`no ${alg} key`);
    return new SignJWT(payload).setProtectedHeader({ alg, kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
  }

  /** The RS256 public key in PEM, which anyone can fetch and an attacker would try as an HMAC secret. */
  async publicRsaPem(): Promise<string> {
    const key = this.keys.find((candidate) => candidate.alg === 'RS256');
    if (!key) throw new Error('no RS256 key');
    return exportSPKI(key.publicKey);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private answer(path: string, response: ServerResponse): void {
    this.requests.push(path);
    if (!this.available) return void response.writeHead(503).end();
    const body = this.document(path);
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  }

  private document(path: string): object | undefined {
    if (path === `${REALM_PATH}/.well-known/openid-configuration`) {
      return { issuer: this.metadataIssuer ?? this.issuer, jwks_uri: `${this.issuer}/protocol/openid-connect/certs` };
    }
    if (path === `${REALM_PATH}/protocol/openid-connect/certs`) return { keys: this.keys.map((key) => key.publicJwk) };
    return undefined;
  }
}

async function signingKey(kid: string, alg: SigningKey['alg']): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}
