import { ApiProperty } from '@nestjs/swagger';
import { IsOrganId, IsPartyId } from '../http/validation';

/** The `{organ}` of GET /registers/{organ}: only an organ grants an original mandate. */
export class GrantedRegisterParamsDto {
  @ApiProperty({ example: 'college:GM0938' })
  @IsOrganId()
  readonly organ!: string;
}

/** The `{organ}` of GET /registers/{organ}/received: an organ or a function may receive a (sub-)mandate. */
export class ReceivedRegisterParamsDto {
  @ApiProperty({ example: 'college:GM0935', description: 'An organ, or a function such as GM0935.manager-sociale-zekerheid' })
  @IsPartyId()
  readonly organ!: string;
}
