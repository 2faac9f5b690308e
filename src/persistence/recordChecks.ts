/** Where a value broke its rule, and how: `{ at: ['meta', 'rowCount'], what: 'is missing' }`. */
export interface Issue {
  at: (string | number)[];
  what: string;
}

/** A check of one stored value: null when it fits, else the first thing wrong with it. */
export type Rule = (value: unknown) => Issue | null;

/** "meta.columns[2].key is missing", the way a storage problem names a bad field. */
export function describeIssue(issue: Issue, subject = ''): string {
  const path = issue.at.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
  return [subject, path, issue.what].filter((part) => part !== '').join(' ');
}

/** What a stored value turned out to be, in words: "missing", "null", "text", "a Float64Array". */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return withArticle(value.constructor.name);
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'a number' : String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** "an ArrayBuffer", "a Float32Array". */
export function withArticle(name: string): string {
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
}

/** A rule from a test and what the test wants, for the message: "is text, not a number". */
export function expected(test: (value: unknown) => boolean, wanted: string): Rule {
  return (value) => (test(value) ? null : { at: [], what: value === undefined ? 'is missing' : `is ${kindOf(value)}, not ${wanted}` });
}

/** True for a plain object (not null, not a list, not binary data). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer);
}

// Date's own range: a time beyond it makes toISOString throw where the list prints it.
const MAX_TIME = 8.64e15;

export const text = expected((v) => typeof v === 'string', 'text');
/** Any number, NaN included (a diverged loss is stored as NaN). */
export const number = expected((v) => typeof v === 'number', 'a number');
export const finite = expected((v) => Number.isFinite(v), 'a number');
export const nonNegative = expected((v) => typeof v === 'number' && v >= 0 && Number.isFinite(v), 'a number ≥ 0');
export const count = expected((v) => Number.isInteger(v) && (v as number) >= 0, 'a whole number ≥ 0');
export const positiveCount = expected((v) => Number.isInteger(v) && (v as number) > 0, 'a whole number > 0');
export const flag = expected((v) => typeof v === 'boolean', 'true or false');
export const time = expected((v) => Number.isFinite(v) && Math.abs(v as number) <= MAX_TIME, 'a time');
export const object = expected(isPlainObject, 'an object');

/** One of a few exact values. */
export function oneOf(...values: readonly unknown[]): Rule {
  return expected((v) => values.includes(v), `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
}

/** The rule, or nothing at all. */
export function optional(rule: Rule): Rule {
  return (value) => (value === undefined ? null : rule(value));
}

/** The rule, or null. */
export function nullable(rule: Rule): Rule {
  return (value) => (value === null ? null : rule(value));
}

/** A list whose every item passes `item`. */
export function listOf(item: Rule): Rule {
  const isList = expected(Array.isArray, 'a list');
  return (value) => {
    const notList = isList(value);
    if (notList) return notList;
    for (const [i, entry] of (value as unknown[]).entries()) {
      const issue = item(entry);
      if (issue) return { at: [i, ...issue.at], what: issue.what };
    }
    return null;
  };
}

/** An object whose named fields pass their rules; other fields are let through. */
export function shape(fields: Record<string, Rule>): Rule {
  return (value) => {
    const notObject = object(value);
    if (notObject) return notObject;
    const record = value as Record<string, unknown>;
    for (const [key, rule] of Object.entries(fields)) {
      const issue = rule(record[key]);
      if (issue) return { at: [key, ...issue.at], what: issue.what };
    }
    return null;
  };
}

/** All rules in turn; the first issue wins. */
export function allOf(...rules: Rule[]): Rule {
  return (value) => {
    for (const rule of rules) {
      const issue = rule(value);
      if (issue) return issue;
    }
    return null;
  };
}

/** Binary data of one type, as IndexedDB hands it back: a Float32Array, an ArrayBuffer. */
export function instanceOf(type: abstract new (...args: never[]) => unknown): Rule {
  return expected((v) => v instanceof type, withArticle(type.name));
}
