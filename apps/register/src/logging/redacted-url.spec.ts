import { redactedQuery, redactedUrl } from './redacted-url';

describe('redactedUrl', () => {
  it('hides the value of access_token and keeps the rest of the request line as sent', () => {
    expect(redactedUrl('/api/v1/authority?actor=GM0935.x&access_token=eyJhbGciOi.secret&validOn=2026-01-15')).toBe(
      '/api/v1/authority?actor=GM0935.x&access_token=[redacted]&validOn=2026-01-15',
    );
  });

  it.each(['token', 'id_token', 'refresh_token', 'code', 'state', 'client_secret', 'password'])('hides %s, which a login or a careless client puts in the query', (name) => {
    expect(redactedUrl(`/login/callback?${name}=s3cr3t`)).toBe(`/login/callback?${name}=[redacted]`);
  });

  it('recognises a name in another case or percent-encoded, which servers often accept as the same', () => {
    expect(redactedUrl('/x?ACCESS_TOKEN=a&access%5Ftoken=b')).toBe('/x?ACCESS_TOKEN=[redacted]&access%5Ftoken=[redacted]');
  });

  it('leaves a URL without credentials, or without a query, as it is', () => {
    expect(redactedUrl('/api/v1/mandates/m-1?knownAt=2026-01-01T00:00:00.000Z&tokens=1')).toBe('/api/v1/mandates/m-1?knownAt=2026-01-01T00:00:00.000Z&tokens=1');
    expect(redactedUrl('/health')).toBe('/health');
  });

  it('hides every repetition and a parameter sent without "="', () => {
    expect(redactedUrl('/x?code=1&code=2&token')).toBe('/x?code=[redacted]&code=[redacted]&token=[redacted]');
  });

  it('hides the same parameters in a query the router has parsed', () => {
    expect(redactedQuery({ Access_Token: 'eyJ.secret', validOn: '2026-01-15', state: ['a', 'b'] })).toEqual({ Access_Token: '[redacted]', validOn: '2026-01-15', state: '[redacted]' });
  });
});
