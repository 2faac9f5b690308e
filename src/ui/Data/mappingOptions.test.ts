import { describe, expect, it } from 'vitest';
import { parseUtcInput, utcInputValue } from './mappingOptions';

describe('UTC datetime inputs', () => {
  it('round-trip epoch ms in UTC whatever the local zone', () => {
    const ms = Date.UTC(2024, 2, 10, 7, 5, 30);
    expect(utcInputValue(ms)).toBe('2024-03-10T07:05:30');
    expect(parseUtcInput('2024-03-10T07:05:30')).toBe(ms);
    expect(parseUtcInput('2024-03-10T07:05')).toBe(ms - 30_000);
    expect(parseUtcInput('')).toBeNull();
    expect(utcInputValue(null)).toBe('');
  });
});
