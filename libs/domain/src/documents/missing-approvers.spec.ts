import { missingApprovers } from './amendment-approvers';

describe('missingApprovers', () => {
  const taking = ['GM0935', 'GM0938', 'GM0981'];

  it("names an agreement's parties that have not approved (GR SZMH art. 8 lid 5), whoever else takes part", () => {
    const agreement = { type: 'agreement' as const, parties: ['college:GM0935', 'college:GM0938'] };
    expect(missingApprovers(agreement, ['college:GM0938'], taking)).toEqual({ colleges: ['college:GM0935'], councils: [] });
  });

  it('names every college taking part that has not approved the charter (art. 13 lid 4), and no council', () => {
    expect(missingApprovers({ type: 'charter', parties: [] }, ['college:GM0935'], taking)).toEqual({ colleges: ['college:GM0938', 'college:GM0981'], councils: [] });
  });

  it('names the councils of the arrangement beside the colleges (art. 19 lid 2, Wgr art. 1 lid 2)', () => {
    const approved = ['college:GM0935', 'college:GM0938', 'college:GM0981', 'raad:GM0935'];
    expect(missingApprovers({ type: 'arrangement', parties: [] }, approved, taking)).toEqual({ colleges: [], councils: ['raad:GM0938', 'raad:GM0981'] });
  });
});
