import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUTHORITY_FLAGS, AUTHORITY_REASONS, AXES, type AuthorityAnswer, type ChainLinkAnswer } from '@register/projections';
import { PublicationResponseDto } from '../documents/shared/publication.response.dto';

/** One mandate of the chain, from the holder's side to the actor's. */
export class ChainLinkResponseDto {
  @ApiProperty({ example: 'mandate-gm0938-2026' })
  readonly mandateId: string;

  @ApiProperty({ example: 'college:GM0938' })
  readonly grantor: string;

  @ApiProperty({ example: 'college:GM0935' })
  readonly grantee: string;

  @ApiProperty({ example: '2026-01-01', format: 'date' })
  readonly validFrom: string;

  @ApiProperty({ description: "Exclusive; the earlier of the link's own end and its revocation; null when open", type: String, nullable: true, format: 'date', example: null })
  readonly validUntil: string | null;

  @ApiProperty({ description: 'Id of the decision document', example: 'doc-mandate-gm0938-2026' })
  readonly decision: string;

  @ApiProperty({ type: PublicationResponseDto, nullable: true, description: "The publication that put the link's decision in force first; null when none is known at knownAt" })
  readonly publication: PublicationResponseDto | null;

  private constructor(link: ChainLinkAnswer) {
    this.mandateId = link.mandateId;
    this.grantor = link.grantor;
    this.grantee = link.grantee;
    this.validFrom = link.validFrom;
    this.validUntil = link.validUntil;
    this.decision = link.decision;
    this.publication = PublicationResponseDto.of(link.publication);
  }

  static of(link: ChainLinkAnswer): ChainLinkResponseDto {
    return new ChainLinkResponseDto(link);
  }
}

/** GET /authority: api.md "Questions". */
export class AuthorityResponseDto {
  @ApiProperty({ example: true })
  readonly authorised: boolean;

  @ApiProperty({ example: 'GM0935.manager-sociale-zekerheid' })
  readonly actor: string;

  @ApiProperty({ example: 'PW-BIJSTAND' })
  readonly power: string;

  @ApiProperty({ example: 'GM0938' })
  readonly municipality: string;

  @ApiProperty({ example: '2026-01-15', format: 'date' })
  readonly validOn: string;

  @ApiProperty({ example: '2026-11-23T10:00:00.000Z', format: 'date-time' })
  readonly knownAt: string;

  @ApiProperty({ enum: [...AXES], example: 'valid' })
  readonly axis: string;

  @ApiProperty({ description: 'The organ holding the power; null when the power is not catalogued', type: String, nullable: true, example: 'college:GM0938' })
  readonly onBehalfOf: string | null;

  @ApiProperty({ description: 'Awb 10:10; null when the actor is the holder itself', type: String, nullable: true, example: 'namens het college van burgemeester en wethouders van Meerssen' })
  readonly signatureLine: string | null;

  @ApiProperty({ type: [ChainLinkResponseDto], description: 'From the holder to the actor; empty when the actor is the holder or no chain exists' })
  readonly chain: readonly ChainLinkResponseDto[];

  @ApiProperty({ enum: [...AUTHORITY_FLAGS], isArray: true, description: 'Qualify a yes; empty when not authorised', example: ['RETROACTIVE'] })
  readonly flags: readonly string[];

  @ApiProperty({ enum: [...AUTHORITY_REASONS], nullable: true, description: 'Why not; null when authorised', example: null })
  readonly reason: string | null;

  @ApiPropertyOptional({
    description: 'Addition to api.md, only with reason POWER_NOT_MANDATABLE: why the power may not be mandated, as the power catalogue says (Awb 10:3)',
    type: String,
    nullable: true,
    example: 'Awb 10:3: generally binding rules are not mandated unless the granting act allows it',
  })
  readonly nonMandatableReason?: string | null;

  private constructor(answer: AuthorityAnswer) {
    this.authorised = answer.authorised;
    this.actor = answer.actor;
    this.power = answer.power;
    this.municipality = answer.municipality;
    this.validOn = answer.validOn;
    this.knownAt = answer.knownAt;
    this.axis = answer.axis;
    this.onBehalfOf = answer.onBehalfOf;
    this.signatureLine = answer.signatureLine;
    this.chain = answer.chain.map((link) => ChainLinkResponseDto.of(link));
    this.flags = [...answer.flags];
    this.reason = answer.reason;
    if (answer.nonMandatableReason !== undefined) this.nonMandatableReason = answer.nonMandatableReason;
  }

  static of(answer: AuthorityAnswer): AuthorityResponseDto {
    return new AuthorityResponseDto(answer);
  }
}
