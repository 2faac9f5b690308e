import type { RawRecord } from './storedItems';

/** Bytes as base64, in chunks so a large buffer never overflows the argument list. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

// JSON has no typed arrays or buffers; each is tagged with its type so the export says what was stored.
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof ArrayBuffer) return { $type: 'ArrayBuffer', base64: base64(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return { $type: value.constructor.name, values: Array.from(value as unknown as ArrayLike<number>, (v) => (Number.isFinite(v) ? v : String(v))) };
  }
  return value;
}

/**
 * A stored item's records as JSON, exactly as they are: typed arrays become `{"$type", "values"}`
 * (NaN and Infinity as text), buffers `{"$type": "ArrayBuffer", "base64"}`. One part per record.
 */
export function rawRecordsJson(kind: string, id: string, records: readonly RawRecord[]): string[] {
  const head = `{"app":"metrics-anomaly-analyzer","kind":${JSON.stringify(kind)},"id":${JSON.stringify(id)},"records":[`;
  const parts = records.map((record, i) => (i === 0 ? '' : ',') + JSON.stringify(record, replacer));
  return [head, ...parts, ']}\n'];
}
