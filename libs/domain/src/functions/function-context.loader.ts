import type { RegisterLookup } from '../register-lookup';
import type { RegisterFunction } from './function.commands';

/** For POST /functions: the participant the position belongs to. */
export async function loadRegisterFunctionContext(
  lookup: RegisterLookup,
  data: RegisterFunction['data'],
): Promise<RegisterFunction['context']> {
  return { participant: typeof data.municipality === 'string' ? await lookup.participant(data.municipality) : null };
}
