import * as domain from '@register/domain';

describe('the public surface of @register/domain', () => {
  it('exports one decider per aggregate, each with initialState, evolve and decide', () => {
    const deciders = [domain.participantDecider, domain.functionDecider, domain.powerDecider, domain.documentDecider, domain.mandateDecider];
    for (const decider of deciders) {
      expect(decider).toEqual({ initialState: null, evolve: expect.any(Function), decide: expect.any(Function) });
    }
  });

  it('exports what handlers and the read side share: errors, names, dates, access separation, context loaders', () => {
    expect(new domain.DomainError('UNKNOWN_REFERENCE', 'x')).toBeInstanceOf(Error);
    expect(domain.signatureLine('college:GM0938')).toBe('namens het college van burgemeester en wethouders van Meerssen');
    expect(domain.isCalendarDate('2026-02-30')).toBe(false);
    expect(typeof domain.concernedMunicipalities).toBe('function');
    expect(typeof domain.loadSubMandateContext).toBe('function');
    expect(domain.mandateStreamId('m-1')).toBe('mandate-m-1');
  });
});
