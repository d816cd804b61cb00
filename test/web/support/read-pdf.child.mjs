// Prints the text and metadata of a PDF (its path is the argument) as one JSON
// line: { pages, text, info, xmp }. A script of its own, run by the tests in a
// child process, because pdf.js ships as ES modules only, which Jest's
// CommonJS registry cannot load.
import { readFile } from 'node:fs/promises';

// pdf.js 6 expects Node 22's Promise.withResolvers; the machines run Node 20.
Promise.withResolvers ??= function withResolvers() {
  let resolve, reject;
  const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');

const data = new Uint8Array(await readFile(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const texts = [];
for (let number = 1; number <= pdf.numPages; number += 1) {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  texts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
}
const { info, metadata } = await pdf.getMetadata();
const xmp = metadata ? metadata.getRaw() : '';
process.stdout.write(`${JSON.stringify({ pages: pdf.numPages, text: texts.join('\n'), info, xmp })}\n`);
