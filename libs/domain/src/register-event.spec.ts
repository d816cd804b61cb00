import { concernedMunicipalities } from './register-event';
import { adopted, AGREEMENT, approved, proposed } from './testing/szmh-agreements.fixture';
import { MANAGER_GRANTED, MEERSSEN_GRANTED } from './testing/szmh-mandates.fixture';

describe('concernedMunicipalities (access separation, GR SZMH arts. 11 and 12)', () => {
  it("lets Meerssen's auditor see Meerssen's mandate to Maastricht, and keeps it from Vaals's", () => {
    expect(concernedMunicipalities(MEERSSEN_GRANTED)).toEqual(['GM0935', 'GM0938']);
  });

  it("marks Maastricht's sub-mandate to its own manager as concerning Meerssen, whose power it is", () => {
    expect(concernedMunicipalities(MANAGER_GRANTED)).toEqual(['GM0935', 'GM0938']);
  });

  it('counts a grant for several municipalities as concerning each of them', () => {
    const forThree = { ...MEERSSEN_GRANTED, data: { ...MEERSSEN_GRANTED.data, municipalities: ['GM0981', 'GM0938', 'GM0994'] } };
    expect(concernedMunicipalities(forThree)).toEqual(['GM0935', 'GM0938', 'GM0981', 'GM0994']);
  });

  it('takes the concerns a document, publication, revocation or correction carries, and none for a catalogued power', () => {
    const revoked = {
      type: 'MandateRevoked' as const,
      data: { mandateId: 'm', decision: 'd', decidedOn: '2026-06-15', validUntil: '2026-07-01', concerns: ['GM0938', 'GM0935'] },
    };
    expect(concernedMunicipalities(revoked)).toEqual(['GM0935', 'GM0938']);
    const joined = { type: 'ParticipantJoined' as const, data: { municipality: 'GM0981', name: 'Vaals', joinedOn: '2015-01-01' } };
    expect(concernedMunicipalities(joined)).toEqual(['GM0981']);
    const power = {
      type: 'PowerCatalogued' as const,
      data: { powerId: 'P', label: 'l', legalBasis: 'b', holder: 'college' as const, mandatable: true, nonMandatableReason: null, privateLaw: false, actKind: 'public-law-decision' as const },
    };
    expect(concernedMunicipalities(power)).toEqual([]);
  });

  it("keeps an agreement's amendment, approvals and adoption to the agreement's parties' municipalities", () => {
    for (const event of [proposed(AGREEMENT), approved(AGREEMENT, 'college:GM0938'), adopted(AGREEMENT)]) {
      expect(concernedMunicipalities(event)).toEqual(['GM0935', 'GM0938']);
    }
  });
});
