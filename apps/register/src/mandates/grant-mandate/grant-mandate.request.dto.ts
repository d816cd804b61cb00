import { ApiProperty } from '@nestjs/swagger';
import { IsPartyId } from '../../http/validation';
import { MandateTermsRequestDto } from '../shared/mandate-terms.request.dto';

/**
 * POST /mandates. The grantor may be written as a function too: the domain
 * then answers why a function cannot grant an original mandate (422
 * GRANTOR_NOT_COMPETENT) instead of a bare format error.
 */
export class GrantMandateRequestDto extends MandateTermsRequestDto {
  @ApiProperty({ description: 'The organ that holds the powers', example: 'college:GM0938' })
  @IsPartyId()
  readonly grantor!: string;
}
