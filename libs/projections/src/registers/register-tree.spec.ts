import { registerTree, type TreeNode } from './register-tree';

const node = (mandateId: string, parentMandateId: string | null, grantor: string, grantee: string): TreeNode => ({ mandateId, parentMandateId, grantor, grantee });

// Meerssen and Vaals mandate the Maastricht college, which sub-mandates to its manager, who sub-mandates to a team leader.
const TREE: TreeNode[] = [
  node('m-vaals', null, 'college:GM0981', 'college:GM0935'),
  node('s-team', 's-manager', 'GM0935.manager', 'GM0935.team'),
  node('s-manager', 'm-meerssen', 'college:GM0935', 'GM0935.manager'),
  node('m-meerssen', null, 'college:GM0938', 'college:GM0935'),
  node('s-vaals', 'm-vaals', 'college:GM0935', 'GM0935.manager'),
];

const idsOf = (organ: string, direction: 'granted' | 'received') => registerTree(TREE, organ, direction).map((place) => [place.mandateId, place.rootMandateId, place.depth]);

describe('registerTree', () => {
  it('lists the original mandates an organ granted and every sub-mandate below them, by depth', () => {
    expect(idsOf('college:GM0938', 'granted')).toEqual([
      ['m-meerssen', 'm-meerssen', 0],
      ['s-manager', 'm-meerssen', 1],
      ['s-team', 'm-meerssen', 2],
    ]);
  });

  it('leaves sub-mandates an organ granted out of its granted register, since they are not original mandates', () => {
    expect(idsOf('college:GM0935', 'granted')).toEqual([]);
  });

  it('lists every mandate received by an organ with its descendants, ordered by root, then depth', () => {
    expect(idsOf('college:GM0935', 'received')).toEqual([
      ['m-meerssen', 'm-meerssen', 0],
      ['s-manager', 'm-meerssen', 1],
      ['s-team', 'm-meerssen', 2],
      ['m-vaals', 'm-vaals', 0],
      ['s-vaals', 'm-vaals', 1],
    ]);
  });

  it('lists sub-mandates received by a function as roots of the received register', () => {
    expect(idsOf('GM0935.manager', 'received')).toEqual([
      ['s-manager', 's-manager', 0],
      ['s-team', 's-manager', 1],
      ['s-vaals', 's-vaals', 0],
    ]);
  });

  it('lists a mandate once when both it and a mandate above it were received by the organ', () => {
    const nested = [...TREE, node('s-back', 's-manager', 'GM0935.manager', 'college:GM0935')];
    expect(registerTree(nested, 'college:GM0935', 'received').filter((place) => place.mandateId === 's-back')).toEqual([
      { mandateId: 's-back', rootMandateId: 'm-meerssen', depth: 2 },
    ]);
  });
});
