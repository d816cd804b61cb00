import type { DemoStep } from './demo-step';
import { agreementSteps } from './szmh-demo-agreements.data';
import { arrangementSteps } from './szmh-demo-arrangement.data';
import { mandateDecisionSteps } from './szmh-demo-mandate-decisions.data';
import { mandateSteps } from './szmh-demo-mandates.data';
import { participantSteps } from './szmh-demo-participants.data';
import { powerSteps } from './szmh-demo-powers.data';

/**
 * The situation of the two source documents (the Centrumregeling SZMH 2025
 * and the Maastricht college decision of 27-01-2026) as the register's
 * writes, in an order every rule accepts: parties before the documents they
 * decide, documents before the grants that cite them, parents before their
 * sub-mandates. Facts the documents do not give are invented and marked
 * EXAMPLE here and "(voorbeeld)" in what a user reads.
 */
export function szmhDemoSteps(): DemoStep[] {
  return [...participantSteps(), ...powerSteps(), ...arrangementSteps(), ...agreementSteps(), ...mandateDecisionSteps(), ...mandateSteps()];
}
