import { hostOf, parseSeriesName, seriesName, withoutHost } from './seriesName';

/** A series name split into its host (from a host label) and the name without that label. */
export interface HostSplit {
  host: string | null;
  bare: string;
}

/** The host of a `name{host="web-1",...}` column and its name without the host label(s). */
export function splitHost(name: string): HostSplit {
  if (!name.includes('{')) return { host: null, bare: name };
  const { metric, labels } = parseSeriesName(name);
  const host = hostOf(labels);
  return host === null ? { host: null, bare: name } : { host, bare: seriesName(metric, withoutHost(labels)) };
}

/** The distinct hosts named by `names`' host labels, in first-seen order. */
export function hostsOf(names: Iterable<string>): string[] {
  const hosts = new Set<string>();
  for (const name of names) {
    const { host } = splitHost(name);
    if (host !== null) hosts.add(host);
  }
  return [...hosts];
}

/**
 * Final column names for series keys that may carry a host label: with `only` set, that host's
 * series named without the host (others null, not imported); with one host in all, names without
 * it; with several, the full names (a column per host and metric).
 */
export function namesByHost(keys: readonly string[], only: string | null): Map<string, string | null> {
  const splits = keys.map((key) => [key, splitHost(key)] as const);
  const several = new Set(splits.map(([, s]) => s.host)).size > 1;
  return new Map(
    splits.map(([key, { host, bare }]) => {
      if (only !== null) return [key, host === only ? bare : null];
      return [key, several ? key : bare];
    }),
  );
}
