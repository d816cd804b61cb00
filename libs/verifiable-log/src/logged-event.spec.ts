import { createHash } from 'node:crypto';
import { canonicalEventJson, eventLeafHash, loggedEventOf, type StoredEventFields } from './logged-event';

const stored: StoredEventFields = {
  position: 17,
  stream: 'mandate-gm0981-2026',
  streamRevision: 0,
  eventId: '0b9c4a5e-1d1f-4a59-9a43-6f9a3c3c1f00',
  type: 'MandateGranted',
  data: { powers: ['PW-BIJSTAND'], ceiling: 25000, grantor: 'college:GM0981' },
  metadata: { recordedBy: 'alice', municipalities: ['GM0981'], correlationId: 'c-1' },
  recordedAt: '2026-01-28T10:00:00.000Z',
};

describe('an event in the verifiable log', () => {
  it('is the eight fields api.md names, keys sorted at every depth, the store\'s stream as streamId', () => {
    // Written out by hand from api.md ("Audit"), not by the code under test.
    expect(canonicalEventJson(loggedEventOf(stored))).toBe(
      '{"data":{"ceiling":25000,"grantor":"college:GM0981","powers":["PW-BIJSTAND"]},"eventId":"0b9c4a5e-1d1f-4a59-9a43-6f9a3c3c1f00",' +
        '"metadata":{"correlationId":"c-1","municipalities":["GM0981"],"recordedBy":"alice"},"position":17,' +
        '"recordedAt":"2026-01-28T10:00:00.000Z","streamId":"mandate-gm0981-2026","streamRevision":0,"type":"MandateGranted"}',
    );
  });

  it('hashes to SHA-256 of 0x00 followed by those canonical bytes', () => {
    const canonical = canonicalEventJson(loggedEventOf(stored));
    const expected = createHash('sha256').update(Buffer.concat([Buffer.from([0]), Buffer.from(canonical, 'utf8')])).digest('hex');
    expect(Buffer.from(eventLeafHash(loggedEventOf(stored))).toString('hex')).toBe(expected);
  });

  it('leaves whatever else an object carries out of its leaf', () => {
    const withExtra = { ...loggedEventOf(stored), cachedLeaf: 'x', stream: 'other' };
    expect(canonicalEventJson(withExtra)).toBe(canonicalEventJson(loggedEventOf(stored)));
  });

  it('changes its leaf hash when one character of its data changes', () => {
    const altered = loggedEventOf({ ...stored, data: { ...(stored.data as object), ceiling: 25001 } });
    expect(Buffer.from(eventLeafHash(altered))).not.toEqual(Buffer.from(eventLeafHash(loggedEventOf(stored))));
  });
});
