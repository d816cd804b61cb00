import { ApiProperty } from '@nestjs/swagger';
import { MANDATE_KINDS, MANDATE_SCOPES } from '@register/domain';
import { MANDATE_STATUSES, type MandateView } from '@register/projections';
import { type PublicationFields, PublicationResponseDto } from '../../documents/shared/publication.response.dto';

/** What GET /mandates/{id} and every entry of a register (registers/register.response.dto.ts) say alike of a mandate. */
export const MANDATE_TERMS = [
  'parentMandateId',
  'kind',
  'grantor',
  'grantee',
  'powers',
  'municipalities',
  'ceiling',
  'subMandateAllowed',
  'validFrom',
  'validUntil',
  'decision',
  'publication',
] as const;

type MandateTerms = Pick<MandateResponseDto, (typeof MANDATE_TERMS)[number]>;

/** The MANDATE_TERMS of a read model's view of a mandate, as an answer shows them. */
export function mandateTermsOf(view: Omit<MandateTerms, 'publication'> & { readonly publication: PublicationFields | null }): MandateTerms {
  const { parentMandateId, kind, grantor, grantee, powers, municipalities, ceiling, subMandateAllowed, validFrom, validUntil, decision } = view;
  return { parentMandateId, kind, grantor, grantee, powers, municipalities, ceiling, subMandateAllowed, validFrom, validUntil, decision, publication: PublicationResponseDto.of(view.publication) };
}

/** GET /mandates/{id}: the mandate as known at knownAt, with its status on validOn. */
export class MandateResponseDto {
  @ApiProperty({ example: 'mandate-gm0938-2026' })
  readonly id!: string;

  @ApiProperty({ description: 'The mandate it derives from; null for an original mandate', type: String, nullable: true, example: null })
  readonly parentMandateId!: string | null;

  @ApiProperty({ enum: MANDATE_KINDS, example: 'mandaat' })
  readonly kind!: string;

  @ApiProperty({ enum: MANDATE_SCOPES, example: 'general' })
  readonly scope!: string;

  @ApiProperty({ example: 'college:GM0938' })
  readonly grantor!: string;

  @ApiProperty({ example: 'college:GM0935' })
  readonly grantee!: string;

  @ApiProperty({ type: [String], example: ['PW-BIJSTAND', 'PW-TERUGVORDERING'] })
  readonly powers!: readonly string[];

  @ApiProperty({ type: [String], example: ['GM0938'] })
  readonly municipalities!: readonly string[];

  @ApiProperty({ description: 'The powers that may be sub-mandated', type: [String], example: ['PW-BIJSTAND'] })
  readonly subMandateAllowed!: readonly string[];

  @ApiProperty({ description: 'Euros; null is unlimited', type: Number, nullable: true, example: 25000 })
  readonly ceiling!: number | null;

  @ApiProperty({ type: [String], example: ['Report quarterly to the college of Meerssen'] })
  readonly instructions!: readonly string[];

  @ApiProperty({
    description: '`{type: "statutory", citation}` or `{type: "consent", document}`; null when the grantee works under the grantor',
    type: 'object',
    additionalProperties: true,
    nullable: true,
    example: { type: 'statutory', citation: 'Wgr art. 8 lid 4; GR SZMH art. 5 lid 1' },
  })
  readonly consentBasis!: object | null;

  @ApiProperty({ description: 'Id of the decision document', example: 'doc-mandate-gm0938-2026' })
  readonly decision!: string;

  @ApiProperty({ description: 'The date its decision was taken', example: '2026-01-27', format: 'date' })
  readonly decidedOn!: string;

  @ApiProperty({ example: '2026-01-01', format: 'date' })
  readonly validFrom!: string;

  @ApiProperty({ description: 'Exclusive; the earlier of its own end and its revocation; null when open-ended', type: String, nullable: true, format: 'date', example: null })
  readonly validUntil!: string | null;

  @ApiProperty({ description: 'First day it no longer applies by revocation; null when not revoked', type: String, nullable: true, format: 'date', example: null })
  readonly revokedFrom!: string | null;

  @ApiProperty({ type: PublicationResponseDto, nullable: true, description: 'The publication of its decision in force first; null when none is known' })
  readonly publication!: PublicationResponseDto | null;

  @ApiProperty({ enum: [...MANDATE_STATUSES], description: 'On validOn, on the asked axis', example: 'valid' })
  readonly status!: string;

  @ApiProperty({ description: 'True exactly when the status on the inForce axis is `valid`', example: true })
  readonly inForce!: boolean;

  static of(mandate: MandateView): MandateResponseDto {
    const { scope, instructions, consentBasis, decidedOn, revokedFrom, status, inForce } = mandate;
    const answer = { id: mandate.mandateId, ...mandateTermsOf(mandate), scope, instructions, consentBasis, decidedOn, revokedFrom, status, inForce };
    return Object.assign(new MandateResponseDto(), answer);
  }
}
