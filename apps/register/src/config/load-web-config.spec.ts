import { loadWebConfig } from './load-web-config';

function load(env: Record<string, string>): { config: ReturnType<typeof loadWebConfig>; problems: string[] } {
  const problems: string[] = [];
  return { config: loadWebConfig((name) => env[name], problems), problems };
}

describe('loadWebConfig', () => {
  it('opens the public register and signs page users in with local accounts when nothing is set', () => {
    expect(load({})).toEqual({ config: { publicPages: true, oidcSignIn: undefined }, problems: [] });
  });

  it('closes the public register only for REGISTER_PUBLIC_PAGES=false and refuses anything but true or false', () => {
    expect(load({ REGISTER_PUBLIC_PAGES: 'false' }).config.publicPages).toBe(false);
    expect(load({ REGISTER_PUBLIC_PAGES: 'no' }).problems).toEqual(['REGISTER_PUBLIC_PAGES must be true or false; got "no"']);
  });

  it('signs in through the issuer with the audience as client id unless REGISTER_OIDC_CLIENT_ID names another', () => {
    const issuer = 'https://idp.maastricht.example';
    expect(load({ REGISTER_OIDC_ISSUER: issuer, REGISTER_OIDC_AUDIENCE: 'register' }).config.oidcSignIn).toEqual({
      issuer,
      clientId: 'register',
      clientSecret: undefined,
      rolesClaim: 'roles',
      municipalitiesClaim: 'municipalities',
    });
    const named = load({ REGISTER_OIDC_ISSUER: issuer, REGISTER_OIDC_AUDIENCE: 'api', REGISTER_OIDC_CLIENT_ID: 'pages', REGISTER_OIDC_CLIENT_SECRET: 's3cret', REGISTER_OIDC_ROLES_CLAIM: 'groups' });
    expect(named.config.oidcSignIn).toMatchObject({ clientId: 'pages', clientSecret: 's3cret', rolesClaim: 'groups' });
  });

  it('refuses a client id without an issuer and a claim name that is no name', () => {
    expect(load({ REGISTER_OIDC_CLIENT_ID: 'pages' }).problems).toEqual(['REGISTER_OIDC_CLIENT_ID and REGISTER_OIDC_CLIENT_SECRET need REGISTER_OIDC_ISSUER']);
    expect(load({ REGISTER_OIDC_ROLES_CLAIM: 'a b' }).problems).toEqual(['REGISTER_OIDC_ROLES_CLAIM must be a claim name of letters, digits and _.:/-; got "a b"']);
  });
});
