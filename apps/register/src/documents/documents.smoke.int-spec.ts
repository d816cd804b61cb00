import { createHash } from 'node:crypto';
import { seedExampleOneThroughApi } from '../write-side/testing/szmh-api.seed';
import { WriteSideApp } from '../write-side/testing/write-side-app';

const OFFICER = { sub: 'publicaties@maastricht.example', roles: ['publication-officer' as const] };
const publication = { medium: 'gemeenteblad', publicationId: 'gmb-2026-90002', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' };

describe('document and publication routes through HTTP (smoke, SQLite)', () => {
  let app: WriteSideApp;

  beforeAll(async () => {
    app = await WriteSideApp.start();
    await seedExampleOneThroughApi(app);
  }, 60_000);

  afterAll(() => app.stop());

  it('stores a document\'s content and answers its SHA-256, computed here independently', async () => {
    const content = 'Het college van Meerssen besluit ...';
    const body = { id: 'doc-text', type: 'other', title: 'Met tekst', decidedOn: '2026-01-27', decidedBy: ['college:GM0938'], concerns: ['GM0938'], content };
    const response = await app.post('/documents', body);
    expect([response.status, response.body.contentSha256]).toEqual([201, createHash('sha256').update(content).digest('hex')]);
  });

  it('refuses 2026-02-30 as decidedOn with 400 on that field', async () => {
    const body = { type: 'other', title: 'Onmogelijk', decidedOn: '2026-02-30', decidedBy: ['college:GM0938'], concerns: ['GM0938'] };
    const response = await app.post('/documents', body);
    expect([response.status, response.body.errors]).toEqual([400, [expect.objectContaining({ field: 'decidedOn' })]]);
  });

  it('lets a publication officer publish, and refuses the same identifier for another document with 422 DUPLICATE_PUBLICATION', async () => {
    const published = await app.post('/documents/doc-mandate-gm0938-2026/publications', publication, OFFICER);
    expect([published.status, published.body]).toEqual([201, { id: 'doc-mandate-gm0938-2026', publicationId: 'gmb-2026-90002', position: expect.any(Number) }]);
    const again = await app.post('/documents/doc-submandate-gm0935-2026/publications', publication, OFFICER);
    expect([again.status, again.body.code]).toEqual([422, 'DUPLICATE_PUBLICATION']);
  });

  it('answers a gemeenteblad identifier of the wrong form with 422 INVALID_PUBLICATION_ID', async () => {
    const response = await app.post('/documents/doc-submandate-gm0935-2026/publications', { ...publication, publicationId: 'gmb-90003' }, OFFICER);
    expect([response.status, response.body.code]).toEqual([422, 'INVALID_PUBLICATION_ID']);
  });
});
