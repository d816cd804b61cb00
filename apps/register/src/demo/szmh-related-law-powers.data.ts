import type { CataloguePower } from '@register/domain';

type PowerData = CataloguePower['data'];

const college = (id: string, label: string, legalBasis: string, actKind: 'public-law-decision' | 'private-law' = 'public-law-decision'): PowerData => ({
  id,
  label,
  legalBasis,
  holder: 'college',
  mandatable: true,
  nonMandatableReason: null,
  privateLaw: actKind === 'private-law',
  actKind,
});

/**
 * "De Participatiewet en aanverwante wet- en regelgeving" (decision of
 * 27-01-2026, point 3): the IOAW and IOAZ, which the college carries out for
 * older unemployed employees and former self-employed, and the Bbz 2004 for
 * the self-employed, an order in council under Participatiewet art. 78f.
 */
export const RELATED_LAW_POWERS: readonly PowerData[] = [
  college('IOAW-UITKERING', 'Beslissen op aanvragen om een IOAW-uitkering en deze herzien of intrekken', 'IOAW art. 2 e.v.'),
  college('IOAW-TERUGVORDERING', 'Terugvorderen van onverschuldigd betaalde IOAW-uitkering', 'IOAW art. 25'),
  college('IOAW-MAATREGEL', 'Verlagen van de IOAW-uitkering (maatregel)', 'IOAW art. 20'),
  college('IOAW-BOETE', 'Opleggen van een bestuurlijke boete op grond van de IOAW', 'IOAW art. 20a'),
  college('IOAZ-UITKERING', 'Beslissen op aanvragen om een IOAZ-uitkering en deze herzien of intrekken', 'IOAZ art. 2 e.v.'),
  college('IOAZ-TERUGVORDERING', 'Terugvorderen van onverschuldigd betaalde IOAZ-uitkering', 'IOAZ art. 25'),
  college('IOAZ-MAATREGEL', 'Verlagen van de IOAZ-uitkering (maatregel)', 'IOAZ art. 20'),
  college('IOAZ-BOETE', 'Opleggen van een bestuurlijke boete op grond van de IOAZ', 'IOAZ art. 20a'),
  college(
    'BBZ-LEVENSONDERHOUD',
    'Verlenen van bijstand voor levensonderhoud aan startende, gevestigde, oudere en beëindigende zelfstandigen',
    'Bbz 2004 art. 2 en hoofdstuk II; Participatiewet art. 78f',
  ),
  college('BBZ-BEDRIJFSKAPITAAL', 'Verlenen van bijstand in de vorm van bedrijfskapitaal', 'Bbz 2004 hoofdstuk II; Participatiewet art. 78f'),
  college('BBZ-TERUGVORDERING', 'Terugvorderen van bijstand aan zelfstandigen', 'Bbz 2004 art. 44; Participatiewet art. 58'),
  college(
    'BBZ-ZEKERHEDEN',
    'Bedingen en vestigen van zekerheden (pand, hypotheek, borgtocht) voor bedrijfskapitaal als geldlening',
    'Bbz 2004; Burgerlijk Wetboek boek 3 titel 9 en boek 7 titel 14',
    'private-law',
  ),
];
