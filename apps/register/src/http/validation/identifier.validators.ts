import { isMunicipalityCode, parseParty } from '@register/domain';
import { formatDecorator } from './format.registry';

/** api.md "Conventions": identifiers chosen by a client. */
const REGISTER_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function isRegisterId(value: unknown): value is string {
  return typeof value === 'string' && REGISTER_ID.test(value);
}

/** `college:GM0938`, `burgemeester:GM0938` or `raad:GM0938`. */
export function isOrganId(value: unknown): value is string {
  return typeof value === 'string' && parseParty(value)?.type === 'organ';
}

/** An organ, or a function such as `GM0935.manager-sociale-zekerheid`: a grantee or actor may be either. */
export function isPartyId(value: unknown): value is string {
  return typeof value === 'string' && parseParty(value) !== null;
}

export { isMunicipalityCode };

export const IsRegisterId = formatDecorator({
  name: 'isRegisterId',
  check: isRegisterId,
  message: 'must be 1 to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
});

export const IsOrganId = formatDecorator({
  name: 'isOrganId',
  check: isOrganId,
  message: 'must be an organ such as college:GM0938, burgemeester:GM0938 or raad:GM0938',
});

export const IsPartyId = formatDecorator({
  name: 'isPartyId',
  check: isPartyId,
  message: 'must be an organ such as college:GM0938 or a function such as GM0935.manager-sociale-zekerheid',
});

export const IsMunicipalityCode = formatDecorator({
  name: 'isMunicipalityCode',
  check: isMunicipalityCode,
  message: 'must be a CBS municipality code such as GM0938',
});
