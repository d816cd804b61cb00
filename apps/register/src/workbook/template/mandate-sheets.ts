import { column, sheet } from './template-column';

/**
 * The mandate register as the partners publish it (GR SZMH art. 5 lid 3 and 5),
 * one row per mandate: `mandataris` received it from the original organ,
 * `ondermandataris` received a sub-mandate from the mandataris.
 */
export const MANDATES_SHEET = sheet('mandaten', 'De mandaten, volmachten en machtigingen en hun ondermandaten, één rij per (onder)mandaat.', {
  id: column('nummer', 'id', true, 'Kenmerk van het mandaat, zoals mandate-gm0938-2026.'),
  parent: column('bovenliggend mandaat', 'id', false, 'Bij een ondermandaat: het nummer van het mandaat waarop het rust; leeg bij een mandaat van het oorspronkelijk bevoegde orgaan.'),
  kind: column('soort', 'label', true, 'mandaat, volmacht of machtiging (Awb 10:1 en 10:12).'),
  scope: column('reikwijdte', 'label', false, 'algemeen of geval; leeg is algemeen.'),
  powers: column('bevoegdheid', 'ids', true, 'De kenmerken van de bevoegdheden (tabblad bevoegdheden).'),
  legalBasis: column('wettelijke grondslag', 'lines', false, 'Ter informatie: de grondslag per bevoegdheid uit de catalogus; wordt bij inlezen niet gebruikt.'),
  origin: column('oorspronkelijk bevoegd orgaan', 'id', false, 'Het orgaan dat de bevoegdheid heeft, zoals college:GM0938; verplicht bij een mandaat, bij een ondermandaat ter informatie.'),
  mandataris: column('mandataris', 'id', false, 'Wie het mandaat van het oorspronkelijk bevoegde orgaan ontving; bij een ondermandaat: wie het ondermandaat verleent.'),
  ondermandataris: column('ondermandataris', 'id', false, 'Bij een ondermandaat: wie het ontvangt; leeg bij een mandaat.'),
  municipalities: column('gemeenten', 'ids', false, 'CBS-codes van de gemeenten waarvoor het geldt; leeg is die van de mandaatgever (bij een ondermandaat: van het bovenliggende).'),
  subMandateAllowed: column('ondermandaat toegestaan', 'ids', false, 'De bevoegdheden die verder in ondermandaat mogen (Awb 10:9); leeg of nee is geen.'),
  ceiling: column('plafond', 'amount', false, 'Maximumbedrag in euro per besluit, zoals 5000 of 5000,50; leeg is onbeperkt.'),
  instructions: column('voorwaarden', 'lines', false, 'Voorwaarden en instructies, één per regel.'),
  statutoryBasis: column('wettelijke basis ontvanger', 'text', false, 'Awb 10:4: de wettelijke grondslag als de ontvanger niet onder verantwoordelijkheid van de mandaatgever werkt, zoals Wgr art. 8 lid 4.'),
  consentDocument: column('instemming ontvanger', 'id', false, 'Awb 10:4: of het kenmerk van het document waarin de ontvanger instemde.'),
  decision: column('besluit', 'id', true, 'Kenmerk van het (onder)mandaatbesluit (Awb 10:5).'),
  publication: column('gemeenteblad', 'id', false, 'Nummer van de bekendmaking van het besluit; moet op het tabblad bekendmakingen of in het register staan.'),
  validFrom: column('geldig vanaf', 'date', true, 'Eerste dag waarop het mandaat geldt, ook met terugwerkende kracht.'),
  validUntil: column('geldig tot', 'date', false, 'Eerste dag waarop het niet meer geldt; leeg is tot intrekking.'),
});

export const REVOCATIONS_SHEET = sheet('intrekkingen', 'De intrekkingen van mandaten (Awb 10:8).', {
  mandate: column('mandaat', 'id', true, 'Nummer van het ingetrokken mandaat.'),
  decision: column('besluit', 'id', true, 'Kenmerk van het intrekkingsbesluit.'),
  validUntil: column('geldig tot', 'date', true, 'Eerste dag waarop het mandaat niet meer geldt; niet vóór de datum van het besluit.'),
});
