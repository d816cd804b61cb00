import { deciderSpec } from '../testing/decider-spec';
import { grantCommand, subGrantCommand, teamLeaderCommand } from '../testing/szmh-mandates.fixture';
import { document, MEERSSEN_DECISION } from '../testing/szmh-reference.fixture';
import type { DocumentRecord } from '../documents/document.state';
import type { GrantMandate, GrantSubMandate } from './mandate.commands';
import { mandateDecider } from './mandate.decider';

const spec = deciderSpec(mandateDecider);

/** A grant the rules accept yields one MandateGranted for the request's mandate. */
function accepted(command: GrantMandate | GrantSubMandate): void {
  const [event] = spec.given([]).when(command).thenAccepts({ type: 'MandateGranted', data: { mandateId: command.data.mandateId } });
  expect(event).toMatchObject({ type: 'MandateGranted', data: { mandateId: command.data.mandateId, grantee: command.data.grantee } });
}

/**
 * A decision belongs to the organ that takes it (Awb 10:1, 10:5): a grant or
 * sub-mandate rests on a mandate or sub-mandate decision of its grantor, or
 * of an organ or function above it in the chain. Checked after every other
 * rule of the grant.
 */
describe('the decision a grant rests on', () => {
  describe('DOCUMENT_TYPE_MISMATCH (Awb 10:1, 10:5: a grant rests on a mandate decision)', () => {
    const groundedOn = (type: DocumentRecord['type']) => grantCommand({}, { decision: { ...MEERSSEN_DECISION, type } });

    it('refuses the service agreement between Maastricht and Meerssen as the decision a mandate rests on', () => {
      const error = spec.given([]).when(groundedOn('agreement')).thenRejects('DOCUMENT_TYPE_MISMATCH');
      expect(error.detail).toBe(
        'Awb 10:1 and 10:5: a mandate is granted by a written decision of the organ whose power it is; a grant rests on a mandate decision ' +
          'or a sub-mandate decision; doc-mandate-gm0938-2026 is registered as a service agreement.',
      );
      expect(error.meta).toMatchObject({ act: 'grant', type: 'agreement' });
    });

    it.each(['charter', 'arrangement', 'model-agreement', 'revocation-decision', 'exit-decision', 'other'] as const)('refuses a document of type %s', (type) => {
      spec.given([]).when(groundedOn(type)).thenRejects('DOCUMENT_TYPE_MISMATCH');
    });

    it('accepts a sub-mandate decision, since one decision often grants and sub-mandates at once', () => {
      accepted(groundedOn('sub-mandate-decision'));
    });
  });

  describe('DECISION_NOT_OF_GRANTOR (Awb 10:1, 10:5: the decision is the grantor\'s own)', () => {
    const valkenburgGrant = (decidedBy: string[]) =>
      grantCommand({ grantor: 'college:GM0994', municipalities: ['GM0994'] }, { decision: { ...MEERSSEN_DECISION, decidedBy, concerns: ['GM0994'] } });

    it('refuses a Valkenburg mandate resting on a decision of the Vaals college, naming both', () => {
      const error = spec.given([]).when(valkenburgGrant(['college:GM0981'])).thenRejects('DECISION_NOT_OF_GRANTOR');
      expect(error.detail).toBe(
        'Awb 10:1 and 10:5: the decision that grants a mandate is the decision of its grantor; doc-mandate-gm0938-2026 was taken by ' +
          'the college van burgemeester en wethouders van Vaals, not by the college van burgemeester en wethouders van Valkenburg aan de Geul.',
      );
      expect(error.meta).toMatchObject({ decidedBy: ['college:GM0981'], competent: ['college:GM0994'] });
    });

    it("refuses a decision of the grantor's own council or mayor: the college holds the power", () => {
      spec.given([]).when(valkenburgGrant(['raad:GM0994'])).thenRejects('DECISION_NOT_OF_GRANTOR');
      spec.given([]).when(valkenburgGrant(['burgemeester:GM0994'])).thenRejects('DECISION_NOT_OF_GRANTOR');
    });

    it('accepts the decision of the Valkenburg college, alone or together with another organ', () => {
      accepted(valkenburgGrant(['college:GM0994']));
      accepted(valkenburgGrant(['college:GM0935', 'college:GM0994']));
    });
  });

  describe('a sub-mandate, laid down by its grantor or by one above it in the chain', () => {
    const decisionBy = (decidedBy: string[], type: DocumentRecord['type'] = 'sub-mandate-decision') =>
      document({ documentId: 'doc-submandate-gm0935-2026', type, decidedBy });

    it('refuses a sub-mandate resting on a charter, and accepts one resting on a mandate decision', () => {
      spec.given([]).when(subGrantCommand({}, { decision: decisionBy(['college:GM0935'], 'charter') })).thenRejects('DOCUMENT_TYPE_MISMATCH');
      accepted(subGrantCommand({}, { decision: decisionBy(['college:GM0935'], 'mandate-decision') }));
    });

    it("refuses the Maastricht college's sub-mandate resting on a decision of the Vaals council", () => {
      const error = spec.given([]).when(subGrantCommand({}, { decision: decisionBy(['raad:GM0981']) })).thenRejects('DECISION_NOT_OF_GRANTOR');
      expect(error.detail).toContain('nor by one above it in the chain (the college van burgemeester en wethouders van Meerssen)');
    });

    it("accepts the manager's further sub-mandate laid down in the Maastricht college's decision, or in Meerssen's, both above it", () => {
      accepted(teamLeaderCommand({}, { decision: decisionBy(['college:GM0935']) }));
      accepted(teamLeaderCommand({}, { decision: decisionBy(['college:GM0938'], 'mandate-decision') }));
      accepted(teamLeaderCommand({}, { decision: decisionBy(['GM0935.manager-sociale-zekerheid']) }));
    });

    it('refuses it laid down by the team leader, the grantee, or by the college of Vaals, outside the chain', () => {
      spec.given([]).when(teamLeaderCommand({}, { decision: decisionBy(['GM0935.teamleider-inkomen']) })).thenRejects('DECISION_NOT_OF_GRANTOR');
      spec.given([]).when(teamLeaderCommand({}, { decision: decisionBy(['college:GM0981']) })).thenRejects('DECISION_NOT_OF_GRANTOR');
    });
  });

});
