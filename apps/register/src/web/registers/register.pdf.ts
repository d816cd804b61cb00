import { Injectable } from '@nestjs/common';
import type { RegisterView } from '../../registers/get-register.query';
import { dutchAmount, dutchDate, dutchInstant, partyName } from '../shared/dutch-format';
import { openPdfA, pdfHeading, pdfRow } from '../shared/pdf-a-document';

/** A register as a PDF/A-2b for publication or the file: one block per mandate, as the page's table shows it. */
@Injectable()
export class RegisterPdf {
  async render(register: RegisterView, title: string, article: string): Promise<Buffer> {
    const { doc, finished } = await openPdfA({ title, subject: article });
    doc.font('bold').fontSize(16).text(title);
    doc.font('regular').fontSize(10).text(`${article}. Op ${dutchDate(register.question.validOn)}, as ${register.question.axis === 'inForce' ? 'in werking' : 'geldig'}, zoals bekend op ${dutchInstant(register.question.knownAt)}.`);
    pdfHeading(doc, `${register.entries.length} mandaten`);
    for (const entry of register.entries) {
      doc.font('bold').text(entry.mandateId).font('regular');
      pdfRow(doc, 'Van / aan', `${partyName(entry.grantor)} aan ${partyName(entry.grantee)}`);
      pdfRow(doc, 'Bevoegdheden', entry.powers.join(', '));
      pdfRow(doc, 'Geldig', `vanaf ${dutchDate(entry.validFrom)}${entry.validUntil ? ` tot ${dutchDate(entry.validUntil)}` : ''}`);
      pdfRow(doc, 'Besluit', `${entry.decision}${entry.publication ? `, ${entry.publication.publicationId}, in werking vanaf ${dutchDate(entry.inForceFrom)}` : ', niet bekendgemaakt'}`);
      if (entry.ceiling !== null) pdfRow(doc, 'Maximumbedrag', dutchAmount(entry.ceiling));
      doc.moveDown(0.5);
    }
    doc.end();
    return finished;
  }
}
