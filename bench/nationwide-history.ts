import type { PlannedEvent } from './payload';

/**
 * A generated nationwide register: 340 municipalities, a catalogue of
 * powers, decision documents with their publications, and mandates in chains
 * of depth 3 (a college mandates another municipality's college, which
 * sub-mandates a function, which sub-mandates a second function), with 5% of
 * the mandates corrected and 5% revoked. The events carry the data the write
 * side stores (see recorded-register.ts) but are written directly, bypassing
 * the deciders: the benchmark measures reading and projecting, and the
 * deciders would take longer than the projection to build 100,000 mandates.
 */
const MUNICIPALITIES = 340;
const FUNCTIONS_PER_MUNICIPALITY = 20;
const CHAINS_PER_DOCUMENT = 50;
const POWERS = ['PW-BIJSTAND', 'PW-BIJZONDERE-BIJSTAND', 'PW-TERUGVORDERING', 'PW-INLICHTINGEN', 'PW-BETALINGSREGELING'];
const DECIDED_ON = '2025-11-20';

/** An actor that holds a power by a chain, for questions whose answer is worked out, not refused at once. */
export interface ChainEnd {
  readonly actor: string;
  readonly power: string;
  readonly municipality: string;
}

export interface NationwideHistory {
  readonly events: PlannedEvent[];
  readonly mandates: number;
  readonly chainEnds: ChainEnd[];
}

function municipalityCode(index: number): string {
  return `GM${String(1000 + index).padStart(4, '0')}`;
}

/** The history with `mandates` mandates (a multiple of 3 is used, rounded up); deterministic for one size. */
export function nationwideHistory(mandates: number): NationwideHistory {
  const history = new HistoryBuilder();
  for (let m = 0; m < MUNICIPALITIES; m += 1) history.participant(m);
  for (const power of POWERS) history.power(power);
  for (let m = 0; m < MUNICIPALITIES; m += 1) {
    for (let f = 0; f < FUNCTIONS_PER_MUNICIPALITY; f += 1) history.func(m, f);
  }
  const chains = Math.ceil(mandates / 3);
  const chainEnds: ChainEnd[] = [];
  for (let c = 0; c < chains; c += 1) chainEnds.push(history.chain(c));
  // Corrections and revocations come later in the log than the grants, as they would.
  const grants = history.grantedMandates();
  for (let i = 0; i < grants.length; i += 20) history.correct(grants[i]);
  for (let i = 10; i < grants.length; i += 20) history.revoke(grants[i]);
  return { events: history.events, mandates: grants.length, chainEnds };
}

interface Granted {
  readonly mandateId: string;
  readonly ceiling: number;
  readonly grantorMunicipality: number;
}

class HistoryBuilder {
  readonly events: PlannedEvent[] = [];
  private readonly revisions = new Map<string, number>();
  private readonly granted: Granted[] = [];
  private readonly documentsDone = new Set<string>();

  grantedMandates(): readonly Granted[] {
    return this.granted;
  }

  participant(m: number): void {
    const municipality = municipalityCode(m);
    this.add(`participant-${municipality}`, 'ParticipantJoined', { municipality, name: `Gemeente ${m}`, joinedOn: '2015-01-01' }, [municipality]);
  }

  power(powerId: string): void {
    const data = { powerId, label: powerId, legalBasis: 'Participatiewet', holder: 'college', mandatable: true, nonMandatableReason: null, privateLaw: false, actKind: 'public-law-decision' };
    this.add(`power-${powerId}`, 'PowerCatalogued', data, []);
  }

  func(m: number, f: number): void {
    const municipality = municipalityCode(m);
    const functionId = functionOf(m, f);
    this.add(`function-${functionId}`, 'FunctionRegistered', { functionId, name: `Functie ${f}`, municipality, externalTitles: [] }, [municipality]);
  }

  /** Three mandates: college of a to college of b, college of b to a function of b, that function to another. */
  chain(c: number): ChainEnd {
    const a = c % MUNICIPALITIES;
    const b = (a + 1 + (Math.floor(c / MUNICIPALITIES) % (MUNICIPALITIES - 1))) % MUNICIPALITIES;
    const power = POWERS[c % POWERS.length];
    const owner = municipalityCode(a);
    const round = Math.floor(c / (MUNICIPALITIES * CHAINS_PER_DOCUMENT));
    const f = (c * 7) % FUNCTIONS_PER_MUNICIPALITY;
    const g = (f + 1 + (c % (FUNCTIONS_PER_MUNICIPALITY - 1))) % FUNCTIONS_PER_MUNICIPALITY;
    const grantDoc = this.document(`doc-mandate-${owner}-${round}`, 'mandate-decision', `college:${owner}`, [owner], true);
    const subDoc = this.document(`doc-submandate-${municipalityCode(b)}-${round}`, 'sub-mandate-decision', `college:${municipalityCode(b)}`, [municipalityCode(b), owner], true);
    const top = this.grant({ id: `mandate-${c}-1`, parent: null, grantor: `college:${owner}`, grantee: `college:${municipalityCode(b)}`, power, owner, decision: grantDoc, ceiling: 50_000, concerns: [owner, municipalityCode(b)] });
    const middle = this.grant({ id: `mandate-${c}-2`, parent: top, grantor: `college:${municipalityCode(b)}`, grantee: functionOf(b, f), power, owner, decision: subDoc, ceiling: 25_000, concerns: [municipalityCode(b), owner] });
    this.grant({ id: `mandate-${c}-3`, parent: middle, grantor: functionOf(b, f), grantee: functionOf(b, g), power, owner, decision: subDoc, ceiling: 10_000, concerns: [municipalityCode(b), owner] });
    return { actor: functionOf(b, g), power, municipality: owner };
  }

  correct(mandate: Granted): void {
    const data = { field: 'ceiling', value: mandate.ceiling - 1_000, previousValue: mandate.ceiling, mandateId: mandate.mandateId, reason: 'recorded wrongly', evidence: 'the signed decision', decidedOn: DECIDED_ON, validFrom: '2026-01-01', validUntil: null, concerns: [municipalityCode(mandate.grantorMunicipality)] };
    this.add(`mandate-${mandate.mandateId}`, 'MandateCorrected', data, data.concerns);
  }

  revoke(mandate: Granted): void {
    const owner = municipalityCode(mandate.grantorMunicipality);
    const decision = this.document(`doc-revocation-${owner}`, 'revocation-decision', `college:${owner}`, [owner], false);
    const data = { mandateId: mandate.mandateId, decision, decidedOn: '2026-03-01', validUntil: '2026-04-01', concerns: [owner] };
    this.add(`mandate-${mandate.mandateId}`, 'MandateRevoked', data, [owner]);
  }

  private grant(spec: { id: string; parent: string | null; grantor: string; grantee: string; power: string; owner: string; decision: string; ceiling: number; concerns: string[] }): string {
    const data = {
      kind: 'mandaat', scope: 'general', grantor: spec.grantor, grantee: spec.grantee, powers: [spec.power], municipalities: [spec.owner],
      subMandateAllowed: [spec.power], ceiling: spec.ceiling, instructions: [], consentBasis: spec.parent === null ? { type: 'statutory', citation: 'Wgr art. 8 lid 4' } : null,
      decision: spec.decision, validFrom: '2026-01-01', validUntil: null, mandateId: spec.id, parentMandateId: spec.parent, decidedOn: DECIDED_ON,
    };
    this.add(`mandate-${spec.id}`, 'MandateGranted', data, spec.concerns);
    this.granted.push({ mandateId: spec.id, ceiling: spec.ceiling, grantorMunicipality: Number(spec.owner.slice(2)) - 1000 });
    return spec.id;
  }

  /** Registers a decision document once, published in the gemeenteblad when `publish` is set. */
  private document(documentId: string, type: string, decidedBy: string, concerns: string[], publish: boolean): string {
    if (this.documentsDone.has(documentId)) return documentId;
    this.documentsDone.add(documentId);
    const registered = { documentId, type, title: documentId, decidedOn: DECIDED_ON, decidedBy: [decidedBy], concerns, content: null, contentSha256: null, parties: [], term: null };
    this.add(`document-${documentId}`, 'DocumentRegistered', registered, concerns);
    if (!publish) return documentId;
    const publicationId = `gmb-2025-${this.documentsDone.size}`;
    this.add(`publication-id-${publicationId}`, 'PublicationIdReserved', { publicationId, documentId }, []);
    const published = { documentId, medium: 'gemeenteblad', publicationId, decidedOn: DECIDED_ON, publishedOn: '2025-11-25', inForceFrom: '2025-11-26', concerns };
    this.add(`document-${documentId}`, 'DecisionPublished', published, concerns);
    return documentId;
  }

  private add(stream: string, type: string, data: Record<string, unknown>, municipalities: readonly string[]): void {
    const revision = this.revisions.get(stream) ?? 0;
    this.revisions.set(stream, revision + 1);
    const eventId = `bench-${this.events.length + 1}`;
    const metadata = { eventId, recordedBy: 'registrar@szmh', correlationId: `corr-${eventId}`, causationId: `cmd-${eventId}`, municipalities: [...municipalities] };
    this.events.push({ stream, revision, event: { eventId, type, data, metadata } });
  }
}

function functionOf(m: number, f: number): string {
  return `${municipalityCode(m)}.functie-${f}`;
}

const VALID_ON = '2026-02-15';

/** Questions about actors at the end of a chain, each checked to have been answered. */
export function questionFor(chainEnds: readonly ChainEnd[], n: number): ChainEnd & { validOn: string; knownAt: string; axis: 'valid'; amount: number } {
  const end = chainEnds[(n * 7919) % chainEnds.length];
  return { ...end, validOn: VALID_ON, knownAt: new Date().toISOString(), axis: 'valid', amount: 500 + (n % 20) * 500 };
}

