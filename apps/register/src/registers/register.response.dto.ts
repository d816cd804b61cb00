import { ApiProperty, PickType } from '@nestjs/swagger';
import type { RegisterEntry } from '@register/projections';
import { AXES } from '../http/validation/temporal-query.dto';
import { MANDATE_TERMS, MandateResponseDto, mandateTermsOf } from '../mandates/get-mandate/mandate.response.dto';
import type { RegisterView } from './get-register.query';

/** One mandate or sub-mandate of a register: its id, what GET /mandates/{id} says of it too, and when it is in force. */
export class RegisterEntryResponseDto extends PickType(MandateResponseDto, MANDATE_TERMS) {
  @ApiProperty({ example: 'mandate-gm0938-2026' })
  readonly mandateId!: string;

  @ApiProperty({ description: "Its publication's inForceFrom; null when its decision is not published", type: String, nullable: true, format: 'date', example: '2026-01-30' })
  readonly inForceFrom!: string | null;

  static of(entry: RegisterEntry): RegisterEntryResponseDto {
    return Object.assign(new RegisterEntryResponseDto(), { mandateId: entry.mandateId, ...mandateTermsOf(entry), inForceFrom: entry.inForceFrom });
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
