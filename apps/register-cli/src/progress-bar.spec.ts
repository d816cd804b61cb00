import { ProgressBar } from './progress-bar';

describe('the progress bar of a long command', () => {
  it('redraws at most ten times a second, always at the end, and clears its line when done', () => {
    const written: string[] = [];
    let now = 0;
    const bar = new ProgressBar((text) => written.push(text), () => now);
    bar.update('inlezen', 1, 4);
    now = 50;
    bar.update('inlezen', 2, 4);
    now = 150;
    bar.update('inlezen', 3, 4);
    now = 160;
    bar.update('inlezen', 4, 4);
    bar.finish();
    expect(written).toEqual([
      `\rinlezen      [${'#'.repeat(8)}${'.'.repeat(22)}] 1/4\u001b[K`,
      `\rinlezen      [${'#'.repeat(23)}${'.'.repeat(7)}] 3/4\u001b[K`,
      `\rinlezen      [${'#'.repeat(30)}] 4/4\u001b[K`,
      '\r\u001b[K',
    ]);
  });

  it('leaves the line alone when it never drew', () => {
    const written: string[] = [];
    new ProgressBar((text) => written.push(text)).finish();
    expect(written).toEqual([]);
  });
});
