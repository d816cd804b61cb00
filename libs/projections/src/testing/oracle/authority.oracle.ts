import { earlierEnd, MANDATE_KIND_FOR_ACT, nameBookOf, signatureLine } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { AuthorityAnswer, AuthorityQuestion, ChainLinkAnswer } from '../../authority/authority-answer';
import { chainsToActor, holderOf } from './chain-search';
import { compareChains } from './chain-ranking';
import { foldKnownRegister } from './known-register';
import type { KnownMandate, KnownRegister } from './known-register';
import { firstPublication, judgeChain } from './link-verdict';
import type { ChainVerdict } from './link-verdict';

/**
 * The test oracle of architecture.md "Read side": `GET /authority` answered by
 * replaying the log up to `knownAt` and trying every chain, deliberately
 * simple rather than fast. The bitemporal read models must give the same
 * answer for every question; where they differ, this file and link-verdict.ts
 * say what the register means.
 *
 * - The holder of the power (the catalogue's `holder` organ of the asked
 *   municipality) is itself competent: Awb 10:7, the grantor stays competent.
 *   It is authorised with an empty chain on any date, whether its
 *   municipality takes part or not: leaving the arrangement ends the
 *   mandates under it, not the powers the law gives (domain.md).
 * - Anyone else, for a power the catalogue says cannot be mandated (Awb
 *   10:3), is POWER_NOT_MANDATABLE with the catalogue's reason: no chain can
 *   make them competent.
 * - Anyone else needs a chain of mandates from the holder (chain-search.ts);
 *   it is authorised when any chain holds (link-verdict.ts). Otherwise the
 *   answer shows the nearest chain (chain-ranking.ts) with its reason, or
 *   NO_MANDATE with an empty chain when there is none, or the power is not
 *   catalogued at knownAt.
 */
export function answerAuthority(events: readonly StoredEvent[], question: AuthorityQuestion): AuthorityAnswer {
  const register = foldKnownRegister(events, question.knownAt);
  const holder = holderOf(register, question.power, question.municipality);
  const base = echo(question, holder, register);
  if (holder === null) return { ...base, authorised: false, chain: [], flags: [], reason: 'NO_MANDATE' };
  if (question.actor === holder) return { ...base, authorised: true, chain: [], flags: [], reason: null };
  const power = register.powers.get(question.power);
  if (power?.mandatable === false) {
    return { ...base, authorised: false, chain: [], flags: [], reason: 'POWER_NOT_MANDATABLE', nonMandatableReason: power.nonMandatableReason };
  }
  const verdicts = chainsToActor(register, { ...question, holder }).map((links) =>
    judgeChain(register, links, { validOn: question.validOn, axis: question.axis, amount: question.amount }),
  );
  const shown = [...verdicts].sort(compareChains)[0];
  if (shown === undefined) return { ...base, authorised: false, chain: [], flags: [], reason: 'NO_MANDATE' };
  return chainAnswer(base, register, shown);
}

type AnswerBase = Omit<AuthorityAnswer, 'authorised' | 'chain' | 'flags' | 'reason'>;

/** The question as asked, and on whose behalf the actor would act. */
function echo(question: AuthorityQuestion, holder: string | null, register: KnownRegister): AnswerBase {
  const { actor, power, municipality, validOn, knownAt, axis } = question;
  // Awb 10:10 is the mark of a decision taken under mandate; the holder deciding itself signs in its own name.
  const underMandate = holder !== null && actor !== holder;
  const names = nameBookOf([...register.participants.values()]);
  // The act's nature decides the kind of mandate (Awb 10:12), and a volmacht is exercised for the municipality itself.
  const actKind = register.powers.get(power)?.actKind ?? 'public-law-decision';
  return {
    actor,
    power,
    municipality,
    validOn,
    knownAt,
    axis,
    onBehalfOf: holder,
    signatureLine: underMandate ? signatureLine(holder, names, MANDATE_KIND_FOR_ACT[actKind]) : null,
  };
}

function chainAnswer(base: AnswerBase, register: KnownRegister, verdict: ChainVerdict): AuthorityAnswer {
  const authorised = verdict.reason === null;
  return {
    ...base,
    authorised,
    chain: verdict.links.map((link) => chainLink(register, link)),
    flags: authorised ? verdict.flags : [],
    reason: verdict.reason,
  };
}

function chainLink(register: KnownRegister, link: KnownMandate): ChainLinkAnswer {
  const publication = firstPublication(register, link.decision);
  return {
    mandateId: link.mandateId,
    grantor: link.grantor,
    grantee: link.grantee,
    validFrom: link.validFrom,
    // The link's own end, as the domain's ownEnd: a parent's end is derived when asked, never shown on the child.
    validUntil: earlierEnd(link.validUntil, link.revokedFrom),
    decision: link.decision,
    publication: publication && { publicationId: publication.publicationId, publishedOn: publication.publishedOn, inForceFrom: publication.inForceFrom },
  };
}
