import { REGISTER_EVENT_ID_NAMESPACE, eventIdToUuid, uuidV5 } from './eventstoredb-event-id';

/** RFC 4122, appendix C: the DNS namespace; its version-5 example is widely published. */
const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('eventIdToUuid', () => {
  it('computes RFC version-5 UUIDs, as the published www.example.com example shows', () => {
    expect(uuidV5('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives each id the UUID it has always had, so a retry, also by another release, reaches the server as the same event', () => {
    // Computed once outside this code (Python: uuid.uuid5(UUID(REGISTER_EVENT_ID_NAMESPACE), id)); events already stored carry them.
    expect(REGISTER_EVENT_ID_NAMESPACE).toBe('0d9c6a4e-6f3b-4c55-9a43-7b1e5c2f8a10');
    expect(eventIdToUuid('mandate-granted:0001.a')).toBe('615cf6a3-d2ad-5de8-b8fb-811ce0e4cfb6');
    expect(eventIdToUuid('evt-1')).toBe('01f01c1d-38e4-522a-9d8f-cc818dfb6fb7');
  });

  it('gives different UUIDs for ids that differ only in case or by one character', () => {
    const ids = ['evt-1', 'EVT-1', 'evt-2', 'evt-1 ', 'evt_1'];

    expect(new Set(ids.map(eventIdToUuid)).size).toBe(ids.length);
  });

  it('hashes UUID-shaped ids too, rather than passing them through', () => {
    const id = '0b6f3c39-3f4e-4a8e-9d1e-55b0e2a7c101';

    expect(eventIdToUuid(id)).not.toBe(id);
  });

  it('marks every UUID as version 5 with the RFC variant, which EventStoreDB parses as a Guid', () => {
    const uuids = ['a', 'mandate-1', 'x'.repeat(128)].map(eventIdToUuid);

    for (const uuid of uuids) expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('a', 'register')).toThrow(RangeError);
  });
});
