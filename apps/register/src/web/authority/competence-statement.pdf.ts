import { Injectable } from '@nestjs/common';
import { openPdfA, pdfHeading as heading, pdfRow as row, pdfUnbroken } from '../shared/pdf-a-document';
import type { ChainStepView, CompetenceView } from './competence-view';

/**
 * The competence statement legal affairs file in an objection or appeal case
 * (ui.md): a PDF/A-2b, so that it still opens and reads the same in decades,
 * with the question, both answers, the chain with its decisions and
 * gemeenteblad publications, knownAt, the log position, who asked and when.
 */
@Injectable()
export class CompetenceStatementPdf {
  async render(view: CompetenceView): Promise<Buffer> {
    const { doc, finished } = await openPdfA({ title: `Bevoegdheidsverklaring ${view.power} ${view.validOn}`, subject: `Bevoegdheid van ${view.actor}` });
    writeStatement(doc, view);
    doc.end();
    return finished;
  }
}

function writeStatement(doc: PDFKit.PDFDocument, view: CompetenceView): void {
  doc.font('bold').fontSize(18).text('Bevoegdheidsverklaring');
  doc.font('regular').fontSize(10).text('Mandaatregister SZMH, Centrumregeling SZMH').moveDown();
  heading(doc, 'Vraag');
  row(doc, 'Functie of orgaan', view.actor);
  row(doc, 'Bevoegdheid', view.power);
  row(doc, 'Gemeente', view.municipality);
  row(doc, 'Datum van het besluit', view.validOn);
  if (view.amount !== undefined) row(doc, 'Bedrag', view.amount);
  row(doc, 'Zoals bekend op', view.knownAt);
  heading(doc, 'Antwoord');
  for (const axis of view.axes) {
    row(doc, axis.name, axis.verdict);
    if (axis.reason) doc.text(`${axis.reason.text} (${axis.reason.article})`, { indent: 12 });
    for (const flag of axis.flags) doc.text(`Let op: ${flag.text} (${flag.article})`, { indent: 12 });
  }
  if (view.signatureLine !== null) {
    heading(doc, 'Ondertekening');
    doc.text(`"${view.signatureLine}"`);
    if (view.onBehalfOf) doc.text(`Namens: ${view.onBehalfOf} (Awb 10:10).`);
  }
  chain(doc, 'Mandaatketen', view.chain);
  if (view.inForceChain) chain(doc, 'Mandaatketen op de as in werking', view.inForceChain);
  heading(doc, 'Vastlegging');
  row(doc, 'Logpositie', `beantwoord tegen het register tot en met positie ${view.logPosition}; later vastgelegde gebeurtenissen tellen niet mee`);
  row(doc, 'Ondertekend controlepunt', view.checkpoint.summary);
  pdfUnbroken(doc, 'Wortel van de boom', view.checkpoint.rootHash);
  doc.text('Het controlepunt zoals ondertekend (C2SP tlog-checkpoint), te controleren met de publieke sleutel hieronder:', { indent: 12 });
  doc.text(view.checkpoint.note.trimEnd(), { indent: 24 });
  pdfUnbroken(doc, 'Publieke sleutel', view.checkpoint.verifierKey);
  row(doc, 'Gevraagd door', view.askedBy);
  row(doc, 'Gevraagd op', view.askedAt);
  row(doc, 'Vaste link', view.permalink);
}

function chain(doc: PDFKit.PDFDocument, title: string, steps: readonly ChainStepView[]): void {
  heading(doc, title);
  if (steps.length === 0) doc.text('Geen keten: het orgaan heeft de bevoegdheid zelf, of er is geen mandaat gevonden.');
  steps.forEach((step, index) => {
    doc.font('bold').text(`Stap ${index + 1}: van ${step.grantor} aan ${step.grantee}`).font('regular');
    row(doc, 'Mandaat', `${step.mandateId}, ${step.period}`);
    row(doc, 'Besluit', step.decisionTitle ? `${step.decisionId}: ${step.decisionTitle}` : step.decisionId);
    row(doc, 'Bekendmaking', step.publication);
    doc.moveDown(0.5);
  });
}
