/**
 * Where this release rightly answers the register of release 88125d7
 * differently (issue 12, the second reading), each with the article that
 * changes it. Every other answer must stay exactly as that release gave it.
 */

interface AskedQuestion {
  readonly path: string;
  readonly status: number;
  readonly body: unknown;
}

/**
 * The tables SecondReading1797379200000 dropped, emptied or created, whose
 * projections replayed the log: their rows are this release's, not the old one's.
 */
export const REBUILT_READ_MODELS = [
  'rm_decision_publication_status',
  'rm_document_publications_v2',
  'rm_decision_publications',
  'rm_powers',
  'rm_decision_concerns',
  'rm_mandate_edges',
  'rm_publication_versions',
  'rm_publication_duties',
  'rm_function_names',
];

/** The amendment of 2025, adopted under the old release without a publication. */
const ARRANGEMENT_AMENDMENT = 'gr-szmh-2025';

/**
 * GR SZMH art. 27 lid 1 (with Wgr art. 26): an amendment of the arrangement is
 * in force from the central college's publication. The old release recorded
 * none for gr-szmh-2025, so it is on the work list of college:GM0935 ...
 */
const UNPUBLISHED_AMENDMENT_DUTY = { document: 'doc-gr-szmh', type: 'arrangement', decidedOn: '2025-01-14', publisher: 'college:GM0935' };

/** ... and on the inForce axis the 2015 text stays in force, the 2025 version has no inForceFrom. */
function arrangementUntilPublished(body: ArrangementView, dayBefore: ArrangementView): ArrangementView {
  const versions = body.versions.map((version) => (version.amendmentId === ARRANGEMENT_AMENDMENT ? { ...version, inForceFrom: null } : version));
  const versionInForce = body.versionInForce?.amendmentId === ARRANGEMENT_AMENDMENT ? dayBefore.versionInForce : body.versionInForce;
  return { ...body, versions, versionInForce };
}

interface ArrangementView {
  readonly versions: readonly { readonly amendmentId: string | null; readonly inForceFrom: string | null }[];
  readonly versionInForce: { readonly amendmentId: string | null } | null;
}

/** What this release must answer to `question`: the old answer, changed only where an article above says so. */
export function answerOfThisRelease(question: AskedQuestion, asked: readonly AskedQuestion[]): unknown {
  if (question.status !== 200) return question.body;
  if (question.path.startsWith('/publications/pending?') && !question.path.includes('publisher=')) {
    return [UNPUBLISHED_AMENDMENT_DUTY, ...(question.body as unknown[])];
  }
  if (question.path.startsWith('/documents/doc-gr-szmh?') && question.path.includes('axis=inForce')) {
    const dayBefore = asked.find((other) => other.path === question.path.replace(/validOn=[\d-]+/, 'validOn=2025-04-09'));
    if (!dayBefore) throw new Error(`no answer on 2025-04-09 beside ${question.path}`);
    return arrangementUntilPublished(question.body as ArrangementView, dayBefore.body as ArrangementView);
  }
  return question.body;
}

/** Fields api.md gained by addition since that release, which an old client never read: the answer without them. */
const ADDED_FIELDS: readonly { readonly route: RegExp; readonly strip: (body: unknown) => unknown }[] = [
  {
    // GET /documents/{id}: each publication's amendment, publisher and whether it brings the decision into force.
    route: /^\/documents\/[^/?]+\?/,
    strip: (body) => ({ ...(body as object), publications: (body as { publications: object[] }).publications.map((p) => omit(p, ['amendmentId', 'publisher', 'bringsIntoForce'])) }),
  },
  {
    // GET /publications/pending: each entry's title, concerns and amendment.
    route: /^\/publications\/pending\?/,
    strip: (body) => (body as object[]).map((entry) => omit(entry, ['title', 'concerns', 'amendmentId'])),
  },
];

export function withoutAdditions(path: string, body: unknown): unknown {
  if (typeof body !== 'object' || body === null || 'code' in body) return body;
  const added = ADDED_FIELDS.find((fields) => fields.route.test(path));
  return added ? added.strip(body) : body;
}

function omit(record: object, keys: readonly string[]): object {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
