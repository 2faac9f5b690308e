import { describe, expect, it } from 'vitest';
import { csvMapping } from '../core/ingest/testing';
import { EACH_HOST, importMappings } from './ingestHosts';

describe('importMappings', () => {
  it('runs one import per host when asked, else the mapping as it is', () => {
    expect(importMappings(csvMapping({ host: EACH_HOST }), ['web-1', 'db-1']).map((m) => m.host)).toEqual(['web-1', 'db-1']);
    expect(importMappings(csvMapping({ host: 'db-1' }), ['web-1', 'db-1']).map((m) => m.host)).toEqual(['db-1']);
    expect(importMappings(csvMapping(), undefined)).toHaveLength(1);
  });
});
