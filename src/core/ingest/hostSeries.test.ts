import { describe, expect, it } from 'vitest';
import { hostsOf, namesByHost, splitHost } from './hostSeries';

describe('host series', () => {
  it('splits the host label off a series name', () => {
    expect(splitHost('cpu{host="web-1",mode="idle"}')).toEqual({ host: 'web-1', bare: 'cpu{mode="idle"}' });
    expect(splitHost('disk{instance="db:9100"}')).toEqual({ host: 'db:9100', bare: 'disk' });
    expect(splitHost('cpu{mode="idle"}')).toEqual({ host: null, bare: 'cpu{mode="idle"}' });
    expect(hostsOf(['a{host="x"}', 'b{host="x"}', 'a{host="y"}', 'c'])).toEqual(['x', 'y']);
  });

  it('names without the host when there is one, keeps it for several, keeps one host on request', () => {
    const one = namesByHost(['cpu{host="web-1"}', 'ram{host="web-1"}'], null);
    expect([...one.values()]).toEqual(['cpu', 'ram']);
    const two = namesByHost(['cpu{host="web-1"}', 'cpu{host="db-1"}'], null);
    expect([...two.values()]).toEqual(['cpu{host="web-1"}', 'cpu{host="db-1"}']);
    const db = namesByHost(['cpu{host="web-1"}', 'cpu{host="db-1"}'], 'db-1');
    expect([...db.values()]).toEqual([null, 'cpu']);
  });
});
