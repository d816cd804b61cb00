import { validationFailed } from './common.errors';

/**
 * The request DTOs validate shapes at the HTTP edge; these guards repeat the
 * few checks whose violation would corrupt the register, because commands also
 * arrive from the command line and from imports.
 */

export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw validationFailed(field, 'must be a non-empty text');
  return value;
}

export function requireOptionalText(value: unknown, field: string): string | null {
  return value === null || value === undefined ? null : requireText(value, field);
}

/** A non-empty list without repetitions: a power or municipality listed twice is a typing error, not a wider grant. */
export function requireDistinctList(value: unknown, field: string, allowEmpty = false): readonly string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item === '')) {
    throw validationFailed(field, 'must be a list of identifiers');
  }
  if (!allowEmpty && value.length === 0) throw validationFailed(field, 'must name at least one entry');
  if (new Set(value).size !== value.length) throw validationFailed(field, 'lists an entry twice');
  return value as string[];
}

export function requireTextList(value: unknown, field: string): readonly string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw validationFailed(field, 'must be a list of texts');
  }
  return value as string[];
}

/** An amount ceiling in euros; null means unlimited (api.md). */
export function requireCeiling(value: unknown, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw validationFailed(field, 'must be a non-negative amount in euros, or null for unlimited');
  }
  return value;
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw validationFailed(field, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}
