import { RequestIdentity } from './request-identity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('RequestIdentity', () => {
  it('derives the same event ids from the same seed, as a retry after a restart needs', () => {
    const first = RequestIdentity.derivedFrom('seed-1');
    const retry = RequestIdentity.derivedFrom('seed-1');
    expect([retry.eventIdFor(0), retry.eventIdFor(1)]).toEqual([first.eventIdFor(0), first.eventIdFor(1)]);
  });

  it('derives different ids for different indexes, purposes and seeds', () => {
    const identity = RequestIdentity.derivedFrom('seed-1');
    const ids = [identity.eventIdFor(0), identity.eventIdFor(1), identity.generatedId('document'), RequestIdentity.derivedFrom('seed-2').eventIdFor(0)];
    expect(new Set(ids).size).toBe(4);
  });

  it('makes version 8 UUIDs, which every id pattern of the register accepts', () => {
    const identity = RequestIdentity.derivedFrom('seed-1');
    expect([identity.eventIdFor(7), identity.generatedId('document')]).toEqual([expect.stringMatching(UUID), expect.stringMatching(UUID)]);
  });

  it('gives a random identity ids of its own, stable within it', () => {
    const one = RequestIdentity.random();
    expect(one.eventIdFor(0)).toBe(one.eventIdFor(0));
    expect(RequestIdentity.random().eventIdFor(0)).not.toBe(one.eventIdFor(0));
  });

  it.each([-1, 1.5, Number.NaN])('refuses the event index %p', (index) => {
    expect(() => RequestIdentity.random().eventIdFor(index)).toThrow(RangeError);
  });

  describe('claimWrite', () => {
    it('claims once however often a command asks, so a second append does not reserve the key again', async () => {
      const claim = jest.fn(async () => undefined);
      const identity = RequestIdentity.derivedFrom('seed-1', claim);
      await identity.claimWrite();
      await identity.claimWrite();
      expect(claim).toHaveBeenCalledTimes(1);
    });

    it("passes on the claim's refusal to every caller", async () => {
      const identity = RequestIdentity.derivedFrom('seed-1', async () => {
        throw new Error('taken');
      });
      await expect(identity.claimWrite()).rejects.toThrow('taken');
      await expect(identity.claimWrite()).rejects.toThrow('taken');
    });

    it('has nothing to claim without a key', async () => {
      await expect(RequestIdentity.random().claimWrite()).resolves.toBeUndefined();
    });
  });

  describe('appendedEarlier', () => {
    const identity = RequestIdentity.derivedFrom('seed-1');
    const foreign = (n: number) => ({ eventId: `other-${n}`, position: n });
    const own = (index: number, position: number) => ({ eventId: identity.eventIdFor(index), position });

    it('finds nothing in a stream this request never wrote to', () => {
      expect(identity.appendedEarlier([foreign(1), foreign(2)])).toEqual([]);
    });

    it('finds the run of events the first attempt appended, after the events of others', () => {
      const history = [foreign(1), own(0, 2), own(1, 3), foreign(4)];
      expect(identity.appendedEarlier(history)).toEqual([own(0, 2), own(1, 3)]);
    });

    it('starts from another index for the second stream of a command', () => {
      const history = [foreign(1), own(2, 5)];
      expect([identity.appendedEarlier(history), identity.appendedEarlier(history, 2)]).toEqual([[], [own(2, 5)]]);
    });

    it('does not take the events of the same key with another body (another seed) for its own', () => {
      const otherBody = RequestIdentity.derivedFrom('seed-2');
      expect(otherBody.appendedEarlier([own(0, 1)])).toEqual([]);
    });
  });
});
