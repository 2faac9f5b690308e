import { describe, expect, it } from 'vitest';
import { severityOf } from './severity';

describe('severityOf', () => {
  it('grades the peak by its ratio to the threshold at 1.5×, 3× and 10×', () => {
    expect(severityOf(1, 1)).toBe('low');
    expect(severityOf(1.49, 1)).toBe('low');
    expect(severityOf(1.5, 1)).toBe('medium');
    expect(severityOf(3, 1)).toBe('high');
    expect(severityOf(9.99, 1)).toBe('high');
    expect(severityOf(10, 1)).toBe('critical');
  });

  it('treats a zero threshold as making any positive peak critical', () => {
    expect(severityOf(0.1, 0)).toBe('critical');
    expect(severityOf(0, 0)).toBe('low');
  });
});
