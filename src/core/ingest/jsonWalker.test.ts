import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/errors';
import { type JsonPath, JsonWalker, pathText } from './jsonWalker';
import { importError } from './testing';

/** Walks `text` in chunks of `size`, taking every scalar as text; returns `path = text` lines and the ends. */
function walk(text: string, size: number, wanted = (_path: JsonPath) => true): string[] {
  const seen: string[] = [];
  const walker = new JsonWalker('t.json', {
    enter: (path, kind) => (kind === 'scalar' ? (wanted(path) ? 'text' : 'skip') : wanted(path) ? 'descend' : 'skip'),
    text: (path, value, line) => seen.push(`${pathText(path)} = ${value} @${line}`),
    leave: (path) => seen.push(`end ${pathText(path)}`),
  });
  for (let i = 0; i < text.length; i += size) walker.push(text.slice(i, i + size));
  walker.finish();
  return seen;
}

const DOC = '{"a": [1, -2.5e3, "x\\"]"], "b\\u0041": {"c": true, "d": null}, "e": []}\n';

describe('JsonWalker', () => {
  it('hands over values by path whatever the chunk boundaries, decoding escaped keys', () => {
    const whole = walk(DOC, DOC.length);
    expect(whole).toEqual([
      'a[0] = 1 @1',
      'a[1] = -2.5e3 @1',
      'a[2] = "x\\"]" @1',
      'end a',
      'bA.c = true @1',
      'bA.d = null @1',
      'end bA',
      'end e',
      'end the top level',
    ]);
    for (const size of [1, 2, 3, 7]) expect(walk(DOC, size)).toEqual(whole);
  });

  it('reads several documents in a row (JSON Lines) and counts lines', () => {
    expect(walk('{"x":1}\n{"x":2}\n\n[3]', 4)).toEqual(['x = 1 @1', 'end the top level', 'x = 2 @2', 'end the top level', '[0] = 3 @4', 'end the top level']);
  });

  it('skips what the visitor does not want without keeping it', () => {
    expect(walk('{"skip": {"deep": [1, {"s": "]}"}]}, "keep": 2}', 5, (path) => path[0] !== 'skip')).toEqual(['keep = 2 @1', 'end the top level']);
  });

  it('names the line and the path of broken JSON and of a cut-short document', () => {
    expect(importError(() => walk('{"a": [1, 2,]}', 100)).message).toBe('t.json, line 1: not valid JSON: "]" where a value should be, in a[2].');
    expect(importError(() => walk('{"a":\n {"b" 1}}', 100)).message).toMatch(/line 2: not valid JSON: "1" where ":" should be, in a\.b\./);
    expect(importError(() => walk('{"a": {"b": [1, 2', 3)).message).toMatch(/the JSON ends early, inside a\.b\[1\]; the file may be cut short/);
    expect(() => walk('{"a": x}', 100)).toThrow(ImportError);
  });

  it('refuses a single value longer than 1 MB but streams a long document of small values', () => {
    const long = `{"v": "${'x'.repeat((1 << 20) + 1)}"}`;
    expect(importError(() => walk(long, 1 << 16)).message).toMatch(/the value at v is longer than 1 MB/);
    const many = `{"v": [${Array.from({ length: 200_000 }, (_, i) => i).join(',')}]}`;
    let count = 0;
    const walker = new JsonWalker('t.json', { enter: (_p, kind) => (kind === 'scalar' ? 'text' : 'descend'), text: () => count++ });
    for (let i = 0; i < many.length; i += 1 << 16) walker.push(many.slice(i, i + (1 << 16)));
    walker.finish();
    expect(count).toBe(200_000);
  });
});
