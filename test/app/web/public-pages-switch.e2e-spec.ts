import request from 'supertest';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { createTestApp, makeTempDir, removeTempDir } from '../support/test-app';
import { bearer, TEST_SUBJECTS } from '../support/test-token';

/** A register that knows Vaals, served with REGISTER_PUBLIC_PAGES as given. */
async function registerWithVaals(dataDir: string, publicPages: string): Promise<RegisterApplication> {
  const app = await createTestApp({ REGISTER_DATA_DIR: dataDir, REGISTER_PUBLIC_PAGES: publicPages });
  await request(app.getHttpServer())
    .post('/api/v1/participants')
    .set('Authorization', await bearer(TEST_SUBJECTS.registrar))
    .send({ municipality: 'GM0981', name: 'Vaals', joinedOn: '2016-01-01' })
    .expect(201);
  return app;
}

describe('the public register without sign-in, and REGISTER_PUBLIC_PAGES', () => {
  let dataDir: string;
  let app: RegisterApplication | undefined;

  beforeEach(async () => {
    dataDir = await makeTempDir('public-pages');
  });

  afterEach(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  it('serves the register of a participant to anyone, and "niet gevonden" for a municipality that is none', async () => {
    app = await registerWithVaals(dataDir, 'true');
    const page = await request(app.getHttpServer()).get('/openbaar/mandaatregister/GM0981');
    expect([page.status, page.text.includes('Mandaatregister van Vaals')]).toEqual([200, true]);
    expect((await request(app.getHttpServer()).get('/openbaar/mandaatregister/GM0999')).status).toBe(404);
  });

  it('answers "niet gevonden" for every municipality when REGISTER_PUBLIC_PAGES=false', async () => {
    app = await registerWithVaals(dataDir, 'false');
    const page = await request(app.getHttpServer()).get('/openbaar/mandaatregister/GM0981');
    expect([page.status, page.text.includes('Niet gevonden')]).toEqual([404, true]);
  });
});
