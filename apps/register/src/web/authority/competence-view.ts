import type { AuthorityAnswer, ChainLinkAnswer, DocumentSummary } from '@register/projections';
import { encodeBase64 } from '@register/verifiable-log';
import { codeText, type CodeText, FLAG_TEXTS, REASON_TEXTS } from '../shared/answer-texts';
import { dutchAmount, dutchDate, dutchInstant, municipalityLabel, partyName } from '../shared/dutch-format';
import type { CompetenceAnswer } from './competence-check';
import { questionParameters } from './competence-question';

export interface ChainStepView {
  readonly mandateId: string;
  readonly mandateHref: string;
  readonly grantor: string;
  readonly grantee: string;
  readonly period: string;
  readonly decisionId: string;
  readonly decisionTitle: string | undefined;
  readonly decisionHref: string;
  readonly publication: string;
}

interface AxisView {
  readonly name: string;
  readonly authorised: boolean;
  readonly verdict: string;
  readonly reason: CodeText | undefined;
  readonly flags: readonly (CodeText & { readonly code: string })[];
}

/** What the page and the statement print of an answer, in Dutch, from one place so that both say the same. */
export interface CompetenceView {
  readonly actor: string;
  readonly power: string;
  readonly municipality: string;
  readonly validOn: string;
  readonly knownAt: string;
  readonly amount: string | undefined;
  readonly axes: readonly AxisView[];
  readonly chain: readonly ChainStepView[];
  /** The in-force axis's chain when it differs from the valid one's (the nearest chain found may differ). */
  readonly inForceChain: readonly ChainStepView[] | undefined;
  readonly onBehalfOf: string | undefined;
  readonly signatureLine: string | null;
  readonly permalink: string;
  readonly statementHref: string;
  readonly logPosition: number;
  /** The signed checkpoint the answer was read against: in words, and the note itself with the key that verifies it. */
  readonly checkpoint: { readonly summary: string; readonly rootHash: string; readonly note: string; readonly verifierKey: string };
  readonly askedBy: string;
  readonly askedAt: string;
}

export function competenceView(answer: CompetenceAnswer): CompetenceView {
  const { question, valid, inForce } = answer;
  const parameters = questionParameters(question, answer.validOn, answer.knownAt);
  const linkTime = `validOn=${answer.validOn}&knownAt=${encodeURIComponent(answer.knownAt)}`;
  const steps = (chain: readonly ChainLinkAnswer[]) => chain.map((link) => chainStep(link, answer.decisions, linkTime));
  const sameChain = valid.chain.map((link) => link.mandateId).join() === inForce.chain.map((link) => link.mandateId).join();
  return {
    actor: partyName(question.actor),
    power: question.power,
    municipality: `${municipalityLabel(question.municipality)} (${question.municipality})`,
    validOn: dutchDate(answer.validOn),
    knownAt: dutchInstant(answer.knownAt),
    amount: question.amount === undefined ? undefined : dutchAmount(question.amount),
    axes: [axisView('Geldig', valid), axisView('In werking', inForce)],
    chain: steps(valid.chain),
    inForceChain: sameChain ? undefined : steps(inForce.chain),
    onBehalfOf: valid.onBehalfOf === null ? undefined : partyName(valid.onBehalfOf),
    signatureLine: valid.signatureLine,
    permalink: `/bevoegdheid?${parameters}`,
    statementHref: `/bevoegdheid/verklaring.pdf?${parameters}`,
    logPosition: answer.logPosition,
    checkpoint: checkpointView(answer.checkpoint),
    askedBy: answer.askedBy,
    askedAt: dutchInstant(answer.askedAt),
  };
}

function axisView(name: string, answer: AuthorityAnswer): AxisView {
  return {
    name,
    authorised: answer.authorised,
    verdict: answer.authorised ? 'Bevoegd' : 'Niet bevoegd',
    reason: answer.reason === null ? undefined : codeText(REASON_TEXTS, answer.reason),
    flags: answer.flags.map((code) => ({ code, ...codeText(FLAG_TEXTS, code) })),
  };
}

function chainStep(link: ChainLinkAnswer, decisions: ReadonlyMap<string, DocumentSummary>, linkTime: string): ChainStepView {
  const until = link.validUntil === null ? 'tot intrekking' : `tot ${dutchDate(link.validUntil)}`;
  const publication = link.publication === null
    ? 'Niet bekendgemaakt (zoals bekend op het gevraagde tijdstip)'
    : `${link.publication.publicationId}, bekendgemaakt op ${dutchDate(link.publication.publishedOn)}, in werking vanaf ${dutchDate(link.publication.inForceFrom)}`;
  return {
    mandateId: link.mandateId,
    mandateHref: `/mandaten/${encodeURIComponent(link.mandateId)}?${linkTime}`,
    grantor: partyName(link.grantor),
    grantee: partyName(link.grantee),
    period: `geldig vanaf ${dutchDate(link.validFrom)} ${until}`,
    decisionId: link.decision,
    decisionTitle: decisions.get(link.decision)?.title,
    decisionHref: `/documenten/${encodeURIComponent(link.decision)}?${linkTime}`,
    publication,
  };
}

function checkpointView({ treeSize, rootHash, signedAt, note, verifierKey }: CompetenceAnswer['checkpoint']): CompetenceView['checkpoint'] {
  const signed = treeSize === 0 ? 'het lege log' : `${treeSize} gebeurtenissen, ondertekend op ${dutchInstant(signedAt)}`;
  return { summary: signed, rootHash: encodeBase64(rootHash), note, verifierKey };
}
