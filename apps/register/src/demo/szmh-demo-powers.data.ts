import type { CataloguePower } from '@register/domain';
import { CataloguePowerCommand } from '../powers/catalogue-power/catalogue-power.command';
import { demoStep, type DemoStep } from './demo-step';
import { RELATED_LAW_POWERS } from './szmh-related-law-powers.data';

export type PowerData = CataloguePower['data'];

const collegeDecision = (id: string, label: string, legalBasis: string): PowerData => ({
  id,
  label,
  legalBasis,
  holder: 'college',
  mandatable: true,
  nonMandatableReason: null,
  privateLaw: false,
  actKind: 'public-law-decision',
});

/**
 * The college's powers under the Participatiewet that the partners mandate to
 * Maastricht (GR SZMH art. 2 lid 1: "de Participatiewet en de daarmee
 * samenhangende wetten"): decisions on benefits, recovery and enforcement.
 */
const PARTICIPATIEWET_DECISIONS: readonly PowerData[] = [
  collegeDecision(
    'PW-BIJSTAND',
    'Beslissen op aanvragen om algemene bijstand en het recht daarop vaststellen, herzien, opschorten en intrekken',
    'Participatiewet art. 7 lid 1 onder b, 11, 43, 44 en 54',
  ),
  collegeDecision('PW-BIJZONDERE-BIJSTAND', 'Verlenen van bijzondere bijstand', 'Participatiewet art. 35'),
  collegeDecision('PW-INDIVIDUELE-INKOMENSTOESLAG', 'Verlenen van een individuele inkomenstoeslag', 'Participatiewet art. 36'),
  collegeDecision('PW-INDIVIDUELE-STUDIETOESLAG', 'Verlenen van een individuele studietoeslag', 'Participatiewet art. 36b'),
  collegeDecision('PW-GELDLENING', 'Verlenen van bijstand in de vorm van een geldlening of borgtocht', 'Participatiewet art. 48 lid 2 en 50'),
  collegeDecision('PW-TERUGVORDERING', 'Terugvorderen en invorderen van kosten van bijstand, ook bij dwangbevel', 'Participatiewet art. 58, 59 en 60'),
  collegeDecision('PW-VERHAAL', 'Verhalen van kosten van bijstand op onderhoudsplichtigen en nalatenschappen', 'Participatiewet art. 61 tot en met 62i'),
  collegeDecision('PW-BOETE', 'Opleggen van een bestuurlijke boete wegens schending van de inlichtingenplicht', 'Participatiewet art. 18a'),
  collegeDecision('PW-MAATREGEL', 'Verlagen van de bijstand (maatregel)', 'Participatiewet art. 18 lid 2'),
  collegeDecision('PW-ONTHEFFING-ARBEIDSPLICHT', 'Tijdelijk ontheffen van de arbeidsverplichtingen', 'Participatiewet art. 9 lid 2'),
  collegeDecision(
    'PW-RE-INTEGRATIE',
    'Aanbieden van ondersteuning en voorzieningen gericht op arbeidsinschakeling',
    'Participatiewet art. 7 lid 1 onder a en 10',
  ),
  collegeDecision('PW-LOONKOSTENSUBSIDIE', 'Vaststellen van de loonwaarde en verstrekken van loonkostensubsidie', 'Participatiewet art. 10d'),
];

/** Awb 10:12: acts that are no decisions, passed on by machtiging. */
const PARTICIPATIEWET_OTHER_ACTS: readonly PowerData[] = [
  { ...collegeDecision('PW-INLICHTINGEN', 'Verlangen van inlichtingen en bewijsstukken van de belanghebbende', 'Participatiewet art. 17 lid 1 en 2; IOAW art. 13; IOAZ art. 13'), actKind: 'other' },
  { ...collegeDecision('PW-ONDERZOEK', 'Onderzoek instellen naar de juistheid en volledigheid van verstrekte gegevens, waaronder een huisbezoek', 'Participatiewet art. 53a lid 1 en 2'), actKind: 'other' },
  { ...collegeDecision('AWB-PROCESVERTEGENWOORDIGING', 'Vertegenwoordigen van het college in bezwaar, beroep en hoger beroep', 'Awb art. 2:1 en 8:24'), actKind: 'other' },
];

/** Awb 10:12 and GR SZMH art. 5 lid 4: private-law acts, passed on by volmacht. */
const PARTICIPATIEWET_PRIVATE_LAW: readonly PowerData[] = [
  {
    ...collegeDecision('PW-HYPOTHEEK', 'Vestigen van een recht van hypotheek tot zekerheid van bijstand als geldlening', 'Participatiewet art. 50 lid 1; Burgerlijk Wetboek boek 3 art. 260'),
    privateLaw: true,
    actKind: 'private-law',
  },
  {
    ...collegeDecision('PW-SCHULDREGELING', 'Als schuldeiser instemmen met een minnelijke schuldregeling', 'Burgerlijk Wetboek boek 6 art. 160 en 217; Participatiewet art. 58 lid 8'),
    privateLaw: true,
    actKind: 'private-law',
  },
];

/** Awb 10:3: the catalogue records powers that stay with the organ that holds them, and why. */
const NOT_MANDATABLE: readonly PowerData[] = [
  {
    id: 'PW-VERORDENING',
    label: 'Vaststellen van verordeningen over bijstand, maatregelen, re-integratie en de individuele inkomenstoeslag',
    legalBasis: 'Participatiewet art. 8 lid 1 en 8a; IOAW art. 35; IOAZ art. 35',
    holder: 'raad',
    mandatable: false,
    nonMandatableReason: 'Awb 10:3 lid 2 onder a: het vaststellen van algemeen verbindende voorschriften wordt niet gemandateerd; de wet draagt deze verordeningen op aan de raad.',
    privateLaw: false,
    actKind: 'public-law-decision',
  },
  {
    id: 'WGR-TOESTEMMING',
    label: 'Toestemming geven voor het treffen, wijzigen of uittreden uit de gemeenschappelijke regeling',
    legalBasis: 'Wet gemeenschappelijke regelingen art. 1 lid 2; GR SZMH art. 19 lid 2 en 21 lid 1',
    holder: 'raad',
    mandatable: false,
    nonMandatableReason: 'Awb 10:3 lid 1: de aard van de bevoegdheid verzet zich tegen mandaat; de toestemming is de eigen controle van de raad op het college.',
    privateLaw: false,
    actKind: 'public-law-decision',
  },
];

const POWER_CATALOGUE: readonly PowerData[] = [
  ...PARTICIPATIEWET_DECISIONS,
  ...PARTICIPATIEWET_OTHER_ACTS,
  ...PARTICIPATIEWET_PRIVATE_LAW,
  ...RELATED_LAW_POWERS,
  ...NOT_MANDATABLE,
];

/** The college's mandatable powers of one nature, in catalogue order: what one grant of one kind passes on. */
export function collegePowers(actKind: NonNullable<PowerData['actKind']>): string[] {
  return POWER_CATALOGUE.filter((power) => power.holder === 'college' && power.mandatable && power.actKind === actKind).map((power) => power.id);
}

export function powerSteps(): DemoStep[] {
  return POWER_CATALOGUE.map((power) => demoStep(`power:${power.id}`, CataloguePowerCommand, power));
}
