/**
 * What a page says after a form's write redirected to it (`?vastgelegd=`):
 * the answer to "did it work", read out by a screen reader as a status.
 */
const NOTICES: Readonly<Record<string, string>> = {
  publicatie: 'De publicatie is vastgelegd.',
  correctie: 'De correctie is vastgelegd. De oude vastlegging blijft in de geschiedenis.',
  besluit: 'Het besluit is vastgelegd.',
  mandaat: 'Het mandaat is vastgelegd.',
  ondermandaat: 'Het ondermandaat is vastgelegd.',
  intrekking: 'De intrekking is vastgelegd.',
};

export function writtenNotice(query: Readonly<Record<string, unknown>>): string | undefined {
  const key = query.vastgelegd;
  return typeof key === 'string' ? NOTICES[key] : undefined;
}
