import type { GrantMandateRequest } from '@register/domain';
import { meerssenGrantRequest } from '../../../libs/domain/src/testing/szmh-mandates.fixture';
import type { RegisterClient } from './register-client';
import { DOCUMENTS, expectCreated, MANAGER } from './szmh-parties.fixture';

let serial = 0;

/** An identifier no other request of this test run uses, so tests never collide on ALREADY_EXISTS. */
export function uniqueId(prefix: string): string {
  serial += 1;
  return `${prefix}-${serial}`;
}

export type Body = Record<string, unknown>;

/** A grant as the domain's tests write it, as the body of POST /mandates: the same terms, its id under `id`. */
export function grantBodyOf({ mandateId, ...terms }: GrantMandateRequest): Body {
  return { id: mandateId, ...terms };
}

/**
 * Example 1 of domain.md (meerssenGrantRequest, the domain's fixture):
 * Meerssen's college mandates PW-BIJSTAND and PW-TERUGVORDERING to the
 * Maastricht college on the statutory basis of Wgr art 8 lid 4,
 * retroactively from 2026-01-01; only PW-BIJSTAND may be sub-mandated, up to
 * 25,000 euros. Each body has an id of its own.
 */
export function meerssenMandateBody(overrides: Body = {}): Body {
  return { ...grantBodyOf(meerssenGrantRequest()), id: uniqueId('mandate-gm0938'), ...overrides };
}

/**
 * The Maastricht college sub-mandates PW-BIJSTAND to its own Manager Sociale
 * Zekerheid: under its responsibility, so without a consent basis; narrower
 * than the parent in ceiling.
 */
export function managerSubMandateBody(overrides: Body = {}): Body {
  return {
    id: uniqueId('submandate-gm0935-manager'),
    kind: 'mandaat',
    scope: 'general',
    grantee: MANAGER,
    powers: ['PW-BIJSTAND'],
    subMandateAllowed: [],
    ceiling: 10000,
    instructions: [],
    decision: DOCUMENTS.maastrichtSubMandate.id,
    validFrom: '2026-01-01',
    validUntil: null,
    ...overrides,
  };
}

export interface Granted {
  readonly id: string;
  readonly position: number;
  readonly body: Body;
}

/** Grants a Meerssen mandate (201 or the test stops). */
export async function grantMeerssenMandate(client: RegisterClient, overrides: Body = {}): Promise<Granted> {
  const body = meerssenMandateBody(overrides);
  const created = await expectCreated(client, '/mandates', body);
  return { ...created, body };
}

/** Grants the manager's sub-mandate under `parentId` (201 or the test stops). */
export async function grantManagerSubMandate(client: RegisterClient, parentId: string, overrides: Body = {}): Promise<Granted> {
  const body = managerSubMandateBody(overrides);
  const created = await expectCreated(client, `/mandates/${parentId}/sub-mandates`, body);
  return { ...created, body };
}
