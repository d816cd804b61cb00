import { column, sheet } from './template-column';

export const DOCUMENTS_SHEET = sheet('documenten', 'De besluiten en documenten: mandaatbesluiten, intrekkingen, de regeling, het handvest, overeenkomsten.', {
  id: column('kenmerk', 'id', true, 'Kenmerk van het document, zoals doc-mandate-gm0938-2026.'),
  type: column('soort', 'label', true, 'mandaatbesluit, ondermandaatbesluit, intrekkingsbesluit, uittredingsbesluit, regeling, handvest, overeenkomst, modelovereenkomst of overig.'),
  title: column('titel', 'text', true, 'Titel van het document.'),
  decidedOn: column('besloten op', 'date', true, 'Datum van het besluit of de ondertekening.'),
  decidedBy: column('besloten door', 'ids', true, 'De organen of functies die besloten, zoals college:GM0938.'),
  concerns: column('betreft gemeenten', 'ids', true, 'CBS-codes van de gemeenten die het document aangaat (inzage, GR SZMH art. 11 en 12).'),
  parties: column('partijen', 'ids', false, 'Bij een overeenkomst of het handvest: de organen die partij zijn.'),
  termFrom: column('looptijd vanaf', 'date', false, 'Bij een overeenkomst of het handvest: begin van de looptijd.'),
  termUntil: column('looptijd tot', 'date', false, 'Eerste dag na de looptijd; leeg is onbepaald.'),
  content: column('tekst', 'text', false, 'De tekst van het document; het register bewaart ook de SHA-256 ervan.'),
});

export const PUBLICATIONS_SHEET = sheet('bekendmakingen', 'De bekendmakingen van besluiten (Awb 3:40 en 3:42), ook van vastgestelde wijzigingen van de regeling.', {
  document: column('document', 'id', true, 'Kenmerk van het bekendgemaakte document.'),
  amendment: column('wijziging', 'id', false, 'Kenmerk van de wijziging (tabblad wijzigingen) als een wijziging van de regeling is bekendgemaakt; anders leeg.'),
  medium: column('medium', 'label', true, 'gemeenteblad, staatscourant of overig.'),
  publicationId: column('gemeenteblad', 'id', true, 'Nummer van de bekendmaking, voor het gemeenteblad gmb-JJJJ-N met JJJJ het jaar van bekendmaking.'),
  publishedOn: column('bekendgemaakt op', 'date', true, 'Datum van bekendmaking.'),
  inForceFrom: column('in werking vanaf', 'date', true, 'Datum van inwerkingtreding; niet vóór de bekendmaking.'),
  publisher: column('uitgegeven door', 'id', false, 'Het orgaan in wiens blad het verscheen, zoals college:GM0938; leeg is het orgaan dat moet publiceren.'),
});

/** Amendments of agreements, the charter and the arrangement (GR SZMH art. 8 lid 5, 13 lid 4, 19). */
export const AMENDMENTS_SHEET = sheet('wijzigingen', 'Wijzigingen van overeenkomsten, het handvest en de regeling, met de datum van vaststelling.', {
  document: column('document', 'id', true, 'Kenmerk van het gewijzigde document.'),
  id: column('wijziging', 'id', true, 'Kenmerk van de wijziging.'),
  summary: column('samenvatting', 'text', true, 'Waar de wijziging over gaat.'),
  validFrom: column('geldig vanaf', 'date', true, 'Eerste dag waarop de gewijzigde tekst geldt.'),
  adoptedOn: column('vastgesteld op', 'date', false, 'Datum van vaststelling, na alle goedkeuringen; leeg zolang de wijziging voorgesteld is.'),
  content: column('tekst', 'text', false, 'De gewijzigde tekst.'),
});

export const APPROVALS_SHEET = sheet('goedkeuringen', 'De goedkeuringen van wijzigingen, één rij per orgaan (een raad geeft toestemming, GR SZMH art. 19 lid 2).', {
  document: column('document', 'id', true, 'Kenmerk van het gewijzigde document.'),
  amendment: column('wijziging', 'id', true, 'Kenmerk van de wijziging.'),
  organ: column('orgaan', 'id', true, 'Het orgaan dat goedkeurde, zoals college:GM0938 of raad:GM0938.'),
  decision: column('besluit', 'id', false, 'Kenmerk van het besluit tot goedkeuring, als het in het register staat.'),
  approvedOn: column('goedgekeurd op', 'date', false, 'Datum van de goedkeuring; leeg is de datum van het besluit.'),
});
