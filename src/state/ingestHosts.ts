import type { ImportMapping } from '../shared/ingest';

/** The "Hosts" choice that imports one dataset per host (never a host's name: it starts with a NUL). */
export const EACH_HOST = '\u0000each';

/** The mappings one Import runs: one per host (each named after it) when asked, else the mapping itself. */
export function importMappings(mapping: ImportMapping, hosts: readonly string[] | undefined): ImportMapping[] {
  if (mapping.host !== EACH_HOST) return [mapping];
  return (hosts ?? []).map((host) => ({ ...mapping, host }));
}
