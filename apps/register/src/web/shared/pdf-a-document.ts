import { dirname, join } from 'node:path';

// PDF/A forbids fonts that are not embedded, so the documents carry their own (Source Sans 3, SIL Open Font License).
const FONTS = dirname(require.resolve('@expo-google-fonts/source-sans-3/package.json'));
const REGULAR = join(FONTS, '400Regular', 'SourceSans3_400Regular.ttf');
const BOLD = join(FONTS, '700Bold', 'SourceSans3_700Bold.ttf');

/**
 * A PDF/A-2b document in Dutch, with the fonts 'regular' and 'bold'
 * embedded: the form archives keep, so that what legal affairs file opens and
 * reads the same in decades. `finished` resolves with the bytes after `end()`.
 * pdfkit is loaded on the first document, not at start: it takes a second to
 * load, which every service process would otherwise pay before it listens.
 */
export async function openPdfA(info: { title: string; subject: string }, layout: 'portrait' | 'landscape' = 'portrait') {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    lang: 'nl-NL',
    font: REGULAR,
    size: 'A4',
    layout,
    margin: 56,
    info: { Title: info.title, Author: 'Mandaatregister SZMH', Subject: info.subject },
  });
  doc.registerFont('regular', REGULAR).registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
}

export function pdfHeading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.5).font('bold').fontSize(13).text(text).font('regular').fontSize(10).moveDown(0.25);
}

/**
 * "Label:" and on the next line a value to copy as it stands, a hash or a
 * key: never broken across lines, where the line breaking would split it
 * after a "/" or "+" of its base64.
 */
export function pdfUnbroken(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('bold').text(`${label}:`);
  const left = doc.x;
  doc.font('regular').text(value, { indent: 12, lineBreak: false });
  // Unbroken text leaves the cursor after it on its line: back to the margin, one line down.
  doc.x = left;
  doc.moveDown();
}

/** "Label: value", the label bold. */
export function pdfRow(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
}
