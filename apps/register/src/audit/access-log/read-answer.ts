/** What the access log learns of a read's answer while it is made: how many items, which municipalities it showed. */
interface ReadAnswer {
  items?: number;
  shown?: Set<string>;
}

// A symbol, so that nothing a client sends can set it.
const READ_ANSWER = Symbol('ReadAnswer');

type WithAnswer = { [READ_ANSWER]?: ReadAnswer };

function answerOf(request: object): ReadAnswer {
  const holder = request as WithAnswer;
  return (holder[READ_ANSWER] ??= {});
}

/** For a route that sends its own answer (a file, a page): how many items it holds. */
export function noteReadItems(request: object, items: number): void {
  answerOf(request).items = items;
}

export function noteShownMunicipalities(request: object, shown: Set<string>): void {
  answerOf(request).shown = shown;
}

export function readAnswerOf(request: object): Readonly<ReadAnswer> {
  return (request as WithAnswer)[READ_ANSWER] ?? {};
}

/**
 * The items of an answer as a client counts them: a list's length, the
 * `items` of a page of a list or the `entries` of a register, one for a
 * single record; undefined for text and files, which the route notes itself
 * when it can.
 */
export function itemsOfAnswer(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return undefined;
  for (const key of ['items', 'entries']) {
    const list = (value as Record<string, unknown>)[key];
    if (Array.isArray(list)) return list.length;
  }
  return 1;
}
