import { ApiProperty } from '@nestjs/swagger';
import { MANDATE_KINDS } from '@register/domain';
import type { RegisterEntry } from '@register/projections';
import { AXES } from '../http/validation/temporal-query.dto';
import { MandatePublicationResponseDto } from '../mandates/get-mandate/mandate.response.dto';
import type { RegisterView } from './get-register.query';

/** One mandate or sub-mandate of a register. */
export class RegisterEntryResponseDto {
  @ApiProperty({ example: 'mandate-gm0938-2026' })
  readonly mandateId: string;

  @ApiProperty({ description: 'The mandate it derives from; null for an original mandate', type: String, nullable: true, example: null })
  readonly parentMandateId: string | null;

  @ApiProperty({ enum: MANDATE_KINDS, example: 'mandaat' })
  readonly kind: string;

  @ApiProperty({ example: 'college:GM0938' })
  readonly grantor: string;

  @ApiProperty({ example: 'college:GM0935' })
  readonly grantee: string;

  @ApiProperty({ type: [String], example: ['PW-BIJSTAND', 'PW-TERUGVORDERING'] })
  readonly powers: readonly string[];

  @ApiProperty({ type: [String], example: ['GM0938'] })
  readonly municipalities: readonly string[];

  @ApiProperty({ description: 'Euros; null is unlimited', type: Number, nullable: true, example: 25000 })
  readonly ceiling: number | null;

  @ApiProperty({ description: 'The powers that may be sub-mandated', type: [String], example: ['PW-BIJSTAND'] })
  readonly subMandateAllowed: readonly string[];

  @ApiProperty({ example: '2026-01-01', format: 'date' })
  readonly validFrom: string;

  @ApiProperty({ description: 'Exclusive; the earlier of its own end and its revocation; null when open-ended', type: String, nullable: true, format: 'date', example: null })
  readonly validUntil: string | null;

  @ApiProperty({ description: "Its publication's inForceFrom; null when its decision is not published", type: String, nullable: true, format: 'date', example: '2026-01-30' })
  readonly inForceFrom: string | null;

  @ApiProperty({ description: 'Id of the decision document', example: 'doc-mandate-gm0938-2026' })
  readonly decision: string;

  @ApiProperty({ type: MandatePublicationResponseDto, nullable: true, description: 'The publication of its decision in force first; null when none is known' })
  readonly publication: MandatePublicationResponseDto | null;

  private constructor(entry: RegisterEntry) {
    this.mandateId = entry.mandateId;
    this.parentMandateId = entry.parentMandateId;
    this.kind = entry.kind;
    this.grantor = entry.grantor;
    this.grantee = entry.grantee;
    this.powers = entry.powers;
    this.municipalities = entry.municipalities;
    this.ceiling = entry.ceiling;
    this.subMandateAllowed = entry.subMandateAllowed;
    this.validFrom = entry.validFrom;
    this.validUntil = entry.validUntil;
    this.inForceFrom = entry.inForceFrom;
    this.decision = entry.decision;
    this.publication = MandatePublicationResponseDto.of(entry.publication);
  }

  static of(entry: RegisterEntry): RegisterEntryResponseDto {
    return new RegisterEntryResponseDto(entry);
  }
}

/** GET /registers/{organ}[/received]: the register as known at knownAt, for validOn on the axis. */
export class RegisterResponseDto {
  @ApiProperty({ example: 'college:GM0938' })
  readonly organ: string;

  @ApiProperty({ example: '2026-01-15', format: 'date' })
  readonly validOn: string;

  @ApiProperty({ example: '2026-11-23T10:00:00.000Z', format: 'date-time' })
  readonly knownAt: string;

  @ApiProperty({ enum: AXES, example: 'valid' })
  readonly axis: string;

  @ApiProperty({ type: [RegisterEntryResponseDto], description: 'Ordered by original mandate, then depth, then mandate id' })
  readonly entries: RegisterEntryResponseDto[];

  private constructor(register: RegisterView) {
    this.organ = register.organ;
    this.validOn = register.question.validOn;
    this.knownAt = register.question.knownAt;
    this.axis = register.question.axis;
    this.entries = register.entries.map((entry) => RegisterEntryResponseDto.of(entry));
  }

  static of(register: RegisterView): RegisterResponseDto {
    return new RegisterResponseDto(register);
  }
}
