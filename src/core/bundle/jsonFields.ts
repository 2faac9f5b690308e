import { strFromU8 } from 'fflate';
import { BundleError } from './bundleError';

/** A parsed JSON object whose fields are still unchecked. */
export type JsonObject = Record<string, unknown>;

/** The JSON in a bundle entry. @throws BundleError when it is not UTF-8 JSON */
export function parseJsonEntry(entry: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch (error) {
    throw new BundleError(entry, 'is not valid JSON', { cause: error });
  }
}

/** @throws BundleError when the value is not a JSON object */
export function asObject(entry: string, value: unknown): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BundleError(entry, 'does not hold a JSON object');
  return value as JsonObject;
}

function invalid(entry: string, key: string, expected: string): BundleError {
  return new BundleError(entry, `has no valid "${key}" (expected ${expected})`);
}

/** A finite number; with `nullIsNaN`, null (how JSON.stringify writes NaN) reads as NaN. */
export function numberField(entry: string, object: JsonObject, key: string, nullIsNaN = false): number {
  const value = object[key];
  if (nullIsNaN && value === null) return Number.NaN;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(entry, key, 'a number');
  return value;
}

/** A whole number of at least `min`. */
export function integerField(entry: string, object: JsonObject, key: string, min: number): number {
  const value = object[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) throw invalid(entry, key, `a whole number of at least ${min}`);
  return value;
}

export function stringField(entry: string, object: JsonObject, key: string): string {
  const value = object[key];
  if (typeof value !== 'string') throw invalid(entry, key, 'text');
  return value;
}

export function booleanField(entry: string, object: JsonObject, key: string): boolean {
  const value = object[key];
  if (typeof value !== 'boolean') throw invalid(entry, key, 'true or false');
  return value;
}

/** A list of finite numbers; with `nullIsNaN`, null entries read as NaN. */
export function numberListField(entry: string, object: JsonObject, key: string, nullIsNaN = false): number[] {
  const value = object[key];
  const ok = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (nullIsNaN && v === null);
  if (!Array.isArray(value) || !value.every(ok)) throw invalid(entry, key, 'a list of numbers');
  return value.map((v: number | null) => (v === null ? Number.NaN : v));
}

export function stringListField(entry: string, object: JsonObject, key: string): string[] {
  const value = object[key];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw invalid(entry, key, 'a list of text values');
  return value as string[];
}
