import { describe, expect, it } from 'vitest';
import { LiveLineSplitter } from './lineSplitter';

describe('LiveLineSplitter', () => {
  it('returns complete lines and keeps the partial tail for the next chunk', () => {
    const s = new LiveLineSplitter();
    expect(s.push('a,1\nb,')).toEqual(['a,1']);
    expect(s.pending).toBe(2);
    expect(s.push('2\nc,3')).toEqual(['b,2']);
    expect(s.push('\n')).toEqual(['c,3']);
    expect(s.pending).toBe(0);
  });

  it('gives the same lines whatever the chunk boundaries', () => {
    const text = 'first line\r\nsecond\n\nthird\r\nlast';
    const whole = new LiveLineSplitter();
    const expected = [...whole.push(text), ...whole.flush()];
    expect(expected).toEqual(['first line', 'second', '', 'third', 'last']);
    for (let size = 1; size <= text.length; size++) {
      const s = new LiveLineSplitter();
      const got: string[] = [];
      for (let i = 0; i < text.length; i += size) got.push(...s.push(text.slice(i, i + size)));
      got.push(...s.flush());
      expect(got, `chunk size ${size}`).toEqual(expected);
    }
  });

  it('drops the CR of a CRLF split across chunks', () => {
    const s = new LiveLineSplitter();
    expect(s.push('x\r')).toEqual([]);
    expect(s.push('\ny')).toEqual(['x']);
  });

  it('drops a leading byte order mark only at the start of the file', () => {
    const s = new LiveLineSplitter();
    expect(s.push('\ufeffa\n\ufeffb\n')).toEqual(['a', '\ufeffb']);
  });

  it('emits nothing for an empty chunk and nothing on flush without a tail', () => {
    const s = new LiveLineSplitter();
    expect(s.push('')).toEqual([]);
    expect(s.flush()).toEqual([]);
  });

  it('discards an over-long line up to its line break, counts it and carries on', () => {
    const s = new LiveLineSplitter(10);
    expect(s.push('short\n' + 'x'.repeat(8))).toEqual(['short']);
    expect(s.push('y'.repeat(8))).toEqual([]);
    expect(s.pending).toBe(0);
    expect(s.push('zzz\nnext\n')).toEqual(['next']);
    expect(s.overlongLines).toBe(1);
    expect(s.push('0123456789A\nok\n')).toEqual(['ok']);
    expect(s.overlongLines).toBe(2);
  });

  it('accepts a line of exactly the limit, with or without CR', () => {
    const s = new LiveLineSplitter(5);
    expect(s.push('12345\r')).toEqual([]);
    expect(s.push('\n12345\n')).toEqual(['12345', '12345']);
    expect(s.overlongLines).toBe(0);
  });

  it('forgets the tail on reset, as after the file was truncated', () => {
    const s = new LiveLineSplitter();
    s.push('half');
    s.reset();
    expect(s.push('\ufeffnew\n')).toEqual(['new']);
  });
});
