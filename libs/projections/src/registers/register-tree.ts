import { compareText } from '../shared/compare-text';

/** A mandate's place in the tree of grants, as known at knownAt: id, parent and parties never change after the grant. */
export interface TreeNode {
  readonly mandateId: string;
  readonly parentMandateId: string | null;
  readonly grantor: string;
  readonly grantee: string;
}

/** Which mandates a register starts from: the organ's own grants (art 5 lid 3) or those it received (art 5 lid 5). */
export type RegisterDirection = 'granted' | 'received';

export interface TreePlace {
  readonly mandateId: string;
  readonly rootMandateId: string;
  readonly depth: number;
}

/**
 * The mandates of `organ`'s register with their root and depth, ordered by
 * root, then depth, then mandate id. The roots of the granted register are
 * the original mandates the organ granted; of the received register, the
 * mandates granted to the organ, except those below another such mandate (they
 * appear as its descendants, once). Every descendant follows, at any depth.
 */
export function registerTree(nodes: readonly TreeNode[], organ: string, direction: RegisterDirection): TreePlace[] {
  const byId = new Map(nodes.map((node) => [node.mandateId, node]));
  const children = childrenOf(nodes);
  const isRoot = rootTest(organ, direction);
  const roots = nodes.filter((node) => isRoot(node) && !hasAncestor(node, byId, isRoot));
  const places = roots.flatMap((root) => descendantsOf(root.mandateId, children));
  return places.sort((a, b) => compareText(a.rootMandateId, b.rootMandateId) || a.depth - b.depth || compareText(a.mandateId, b.mandateId));
}

function rootTest(organ: string, direction: RegisterDirection): (node: TreeNode) => boolean {
  switch (direction) {
    case 'granted':
      return (node) => node.parentMandateId === null && node.grantor === organ;
    case 'received':
      return (node) => node.grantee === organ;
    default: {
      const unknown: never = direction;
      throw new Error(`Unhandled register direction ${String(unknown)}`);
    }
  }
}

function childrenOf(nodes: readonly TreeNode[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentMandateId === null) continue;
    children.set(node.parentMandateId, [...(children.get(node.parentMandateId) ?? []), node.mandateId]);
  }
  return children;
}

function hasAncestor(node: TreeNode, byId: ReadonlyMap<string, TreeNode>, test: (node: TreeNode) => boolean): boolean {
  const seen = new Set<string>([node.mandateId]);
  let parent = node.parentMandateId === null ? undefined : byId.get(node.parentMandateId);
  // The write side refuses cycles; `seen` only keeps a damaged log from looping forever.
  while (parent !== undefined && !seen.has(parent.mandateId)) {
    if (test(parent)) return true;
    seen.add(parent.mandateId);
    parent = parent.parentMandateId === null ? undefined : byId.get(parent.parentMandateId);
  }
  return false;
}

function descendantsOf(rootMandateId: string, children: ReadonlyMap<string, readonly string[]>): TreePlace[] {
  const places: TreePlace[] = [{ mandateId: rootMandateId, rootMandateId, depth: 0 }];
  const seen = new Set([rootMandateId]);
  for (let i = 0; i < places.length; i += 1) {
    for (const child of children.get(places[i].mandateId) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      places.push({ mandateId: child, rootMandateId, depth: places[i].depth + 1 });
    }
  }
  return places;
}
