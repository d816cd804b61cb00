import { deciderSpec } from '../testing/decider-spec';
import type { CataloguePower } from './power.commands';
import type { PowerCatalogued } from './power.events';
import { powerDecider } from './power.decider';
import { MANDATE_KIND_FOR_ACT } from './act-kind';

const spec = deciderSpec(powerDecider);

const catalogue = (overrides: Partial<CataloguePower['data']> = {}): CataloguePower => ({
  type: 'CataloguePower',
  data: { id: 'PW-BIJSTAND', label: 'Beslissen op aanvragen om bijstand', legalBasis: 'Participatiewet art. 7 lid 1', holder: 'college', mandatable: true, ...overrides },
});

const CATALOGUED: PowerCatalogued = {
  type: 'PowerCatalogued',
  data: {
    powerId: 'PW-BIJSTAND',
    label: 'Beslissen op aanvragen om bijstand',
    legalBasis: 'Participatiewet art. 7 lid 1',
    holder: 'college',
    mandatable: true,
    nonMandatableReason: null,
    privateLaw: false,
    actKind: 'public-law-decision',
  },
};

const actKindOf = (command: CataloguePower) => (spec.given([]).when(command).thenAccepts({ type: 'PowerCatalogued', data: { powerId: command.data.id } })[0] as PowerCatalogued).data.actKind;

describe('CataloguePower', () => {
  it('records a power as a public-law decision unless the catalogue says otherwise', () => {
    spec.given([]).when(catalogue()).then([CATALOGUED]);
  });

  it('maps privateLaw: true to a private-law act, and actKind other to an act that is neither', () => {
    expect(actKindOf(catalogue({ privateLaw: true }))).toBe('private-law');
    expect(actKindOf(catalogue({ actKind: 'other' }))).toBe('other');
  });

  it('pairs each nature of act with the kind of mandate that passes it on (Awb 10:12)', () => {
    expect(MANDATE_KIND_FOR_ACT).toEqual({ 'public-law-decision': 'mandaat', 'private-law': 'volmacht', other: 'machtiging' });
  });

  it('refuses privateLaw contradicting actKind, and a non-mandatable power without its reason (Awb 10:3)', () => {
    spec.given([]).when(catalogue({ privateLaw: true, actKind: 'public-law-decision' })).thenRejects('VALIDATION_FAILED');
    spec.given([]).when(catalogue({ mandatable: false })).thenRejects('VALIDATION_FAILED');
    spec.given([]).when(catalogue({ mandatable: false, nonMandatableReason: 'Awb 10:3 lid 2' })).thenAccepts({ type: 'PowerCatalogued', data: { mandatable: false, nonMandatableReason: 'Awb 10:3 lid 2' } });
  });

  it('refuses an unknown holder kind and a power catalogued twice', () => {
    spec.given([]).when(catalogue({ holder: 'wethouder' })).thenRejects('VALIDATION_FAILED');
    spec.given([CATALOGUED]).when(catalogue()).thenRejects('ALREADY_EXISTS');
  });
});
