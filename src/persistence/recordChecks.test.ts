import { describe, expect, it } from 'vitest';
import { count, describeIssue, instanceOf, kindOf, listOf, nullable, oneOf, optional, shape, text, time } from './recordChecks';

const rule = shape({ name: text, rows: count, tags: listOf(shape({ key: text })), kind: oneOf('a', 'b'), note: optional(text), end: nullable(time) });
const good = { name: 'x', rows: 3, tags: [{ key: 'k' }], kind: 'a', end: null };

function problem(value: unknown): string | null {
  const issue = rule(value);
  return issue && describeIssue(issue);
}

describe('recordChecks', () => {
  it('passes a value that fits, with optional and nullable fields left out', () => {
    expect(rule(good)).toBeNull();
  });

  it('names the first field that does not fit, with its path', () => {
    expect(problem({ name: 'x' })).toBe('rows is missing');
    expect(problem({ ...good, rows: '7' })).toBe('rows is text, not a whole number ≥ 0');
    expect(problem({ ...good, tags: [{ key: 'k' }, { key: 4 }] })).toBe('tags[1].key is a number, not text');
    expect(problem({ ...good, kind: 'c' })).toBe('kind is text, not one of "a", "b"');
    expect(problem({ ...good, end: 1e20 })).toBe('end is a number, not a time');
    expect(problem(null)).toBe('is null, not an object');
    expect(describeIssue(rule([]) ?? { at: [], what: '' }, 'its record')).toBe('its record is a list, not an object');
  });

  it('tells binary data apart', () => {
    expect(kindOf(new Float32Array(2))).toBe('a Float32Array');
    expect(kindOf(new ArrayBuffer(2))).toBe('an ArrayBuffer');
    expect(instanceOf(Float64Array)(new Float32Array(1))).toEqual({ at: [], what: 'is a Float32Array, not a Float64Array' });
    expect(kindOf(Number.NaN)).toBe('NaN');
  });
});
