import { WriteSideApp } from '../write-side/testing/write-side-app';

describe('function and power routes through HTTP (smoke, SQLite)', () => {
  let app: WriteSideApp;

  beforeAll(async () => {
    app = await WriteSideApp.start();
    await app.created('/participants', { municipality: 'GM0935', name: 'Maastricht', joinedOn: '2015-01-01' });
  }, 60_000);

  afterAll(() => app.stop());

  it('answers POST /functions with 201 {id, position}', async () => {
    const response = await app.post('/functions', { id: 'GM0935.manager-sociale-zekerheid', name: 'Manager Sociale Zekerheid', municipality: 'GM0935' });
    expect([response.status, response.body]).toEqual([201, { id: 'GM0935.manager-sociale-zekerheid', position: expect.any(Number) }]);
  });

  it('answers a function of a municipality that never joined with 422 UNKNOWN_REFERENCE', async () => {
    const response = await app.post('/functions', { id: 'GM0888.consulent', name: 'Consulent', municipality: 'GM0888' });
    expect([response.status, response.body.code]).toEqual([422, 'UNKNOWN_REFERENCE']);
  });

  it('answers POST /powers with 201 and refuses a holder that is no organ kind with 400 on holder', async () => {
    const power = { id: 'PW-BIJSTAND', label: 'Bijstand', legalBasis: 'Participatiewet art. 7', holder: 'college', mandatable: true };
    const created = await app.post('/powers', power);
    expect([created.status, created.body.id]).toEqual([201, 'PW-BIJSTAND']);
    const refused = await app.post('/powers', { ...power, id: 'PW-OTHER', holder: 'wethouder' });
    expect([refused.status, refused.body.errors]).toEqual([400, [expect.objectContaining({ field: 'holder' })]]);
  });
});
