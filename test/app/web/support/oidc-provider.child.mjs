// A real OpenID Provider (the oidc-provider package) for the pages' sign-in
// tests, in a process of its own because it ships as ES modules only. Usage:
//   node oidc-provider.child.mjs <port> <redirect uri> <client secret>
// It prints one line "ready <issuer>" once it listens, and stops on SIGTERM.
// Its development login screen takes any account id; the accounts below carry
// the register's claims, which it gives in the userinfo answer.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const [port, redirectUri, clientSecret] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

const ACCOUNTS = {
  jurist: { roles: ['reader'], municipalities: [] },
  'rekenkamer-vaals': { roles: ['auditor'], municipalities: ['GM0981'] },
  buitenstaander: { roles: [], municipalities: [] },
};

const provider = new Provider(issuer, {
  clients: [{ client_id: 'register-pages', client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
  pkce: { required: () => true },
  claims: { openid: ['sub'], profile: ['roles', 'municipalities'] },
  findAccount: (_ctx, id) => {
    const account = ACCOUNTS[id];
    if (account === undefined) return undefined;
    return { accountId: id, claims: () => ({ sub: id, ...account }) };
  },
  features: { devInteractions: { enabled: true } },
  // The tests run on one machine with one clock.
  clockTolerance: 5,
});
provider.proxy = false;

const server = createServer(provider.callback());
server.listen(Number(port), '127.0.0.1', () => process.stdout.write(`ready ${issuer}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
