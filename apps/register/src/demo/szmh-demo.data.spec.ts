import type { PublishDecisionCommand } from '../documents/publish-decision/publish-decision.command';
import { EXAMPLE } from './demo-step';
import { szmhDemoSteps } from './szmh-demo.data';

const steps = szmhDemoSteps();

describe('the SZMH demo data', () => {
  it('gives every step a key of its own, since the key names its events and its ledger entry for good', () => {
    const keys = steps.map((step) => step.key);
    expect(keys.filter((key, at) => keys.indexOf(key) !== at)).toEqual([]);
  });

  it('numbers every publication it invents above gmb-YYYY-999000, far beyond any real number of a year', () => {
    const publications = steps.filter((step) => step.key.startsWith('publication:')).map((step) => step.data as PublishDecisionCommand['data']);
    expect(publications.length).toBeGreaterThan(0);
    for (const data of publications) {
      expect([data.documentId, data.publicationId]).toEqual([data.documentId, expect.stringMatching(/^gmb-\d{4}-999\d{3}$/)]);
    }
  });

  it('says "(voorbeeld)" in the text of every document whose dates or publication it invents', () => {
    const invented = steps
      .filter((step) => step.key.startsWith('document:'))
      .map((step) => step.data as { id: string; title: string; content: string | null })
      .filter((document) => !document.content?.includes(EXAMPLE) && !document.title.includes(EXAMPLE))
      .map((document) => document.id);
    // Only these repeat facts of the two source documents and invent nothing.
    expect(invented.sort()).toEqual(['doc-college-gm0935-2026-01-27', 'doc-dvh-szmh-2026-2030', 'doc-model-dvo-szmh-2026']);
  });
});
