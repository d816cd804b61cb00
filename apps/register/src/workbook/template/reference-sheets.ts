import { column, sheet } from './template-column';

/** One row per period of membership (GR SZMH art. 1 onder d, 20, 21); a municipality that rejoined has a row per period. */
export const PARTICIPANTS_SHEET = sheet('deelnemers', 'De gemeenten die aan de centrumregeling deelnemen of deelnamen, één rij per periode van deelname.', {
  municipality: column('gemeente', 'id', true, 'CBS-code van de gemeente, zoals GM0938.'),
  name: column('naam', 'text', true, 'Naam van de gemeente, zoals Meerssen.'),
  joinedOn: column('toegetreden op', 'date', true, 'Eerste dag van deelname.'),
  exitOn: column('uitgetreden op', 'date', false, 'Eerste dag waarop de gemeente niet meer deelneemt (GR SZMH art. 21); leeg zolang zij deelneemt.'),
  exitDecision: column('uittredingsbesluit', 'id', false, 'Kenmerk van het uittredingsbesluit (tabblad documenten); verplicht bij een uittreding.'),
});

/** Officials by position, never by person (domain.md "Parties"). */
export const FUNCTIONS_SHEET = sheet('functies', 'De functies waaraan (onder)mandaat wordt verleend: posities in de organisatie, geen personen.', {
  id: column('functie', 'id', true, 'Kenmerk: CBS-code, punt, naam, zoals GM0935.manager-sociale-zekerheid.'),
  name: column('naam', 'text', true, 'Naam van de functie, zoals Manager Sociale Zekerheid.'),
  municipality: column('gemeente', 'id', true, 'CBS-code van de gemeente waar de functie werkt.'),
  externalTitles: column('externe titels', 'lines', false, 'Titels waaronder de functie extern optreedt, één per regel, zoals Directeur SZMH.'),
});

/** The power catalogue: per power whether it may be mandated (Awb 10:3) and its nature (Awb 10:12). */
export const POWERS_SHEET = sheet('bevoegdheden', 'De bevoegdhedencatalogus: per bevoegdheid het orgaan dat haar heeft en of zij gemandateerd mag worden.', {
  id: column('bevoegdheid', 'id', true, 'Kenmerk van de bevoegdheid, zoals PW-BIJSTAND.'),
  label: column('omschrijving', 'text', true, 'Wat de bevoegdheid inhoudt.'),
  legalBasis: column('wettelijke grondslag', 'text', true, 'Het wetsartikel, zoals Participatiewet art. 7 lid 1 onder b.'),
  holder: column('oorspronkelijk bevoegd orgaan', 'label', true, 'Het soort orgaan dat de bevoegdheid heeft: college, burgemeester of raad.'),
  mandatable: column('mandateerbaar', 'yes-no', true, 'ja of nee (Awb 10:3).'),
  nonMandatableReason: column('reden niet mandateerbaar', 'text', false, 'Waarom de bevoegdheid niet gemandateerd mag worden.'),
  actKind: column('aard', 'label', false, 'besluit (mandaat), privaatrechtelijk (volmacht) of overig (machtiging), Awb 10:12; leeg is besluit.'),
});
