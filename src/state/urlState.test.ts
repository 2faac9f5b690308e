import { describe, expect, it } from 'vitest';
import { testDataset } from '../persistence/testDataset';
import { initialState, type AppState } from './appStore';
import type { Detection } from './detectionJob';
import { EMPTY_LINK, formatViewHash, linkOf, parseViewHash } from './urlState';

describe('view hash', () => {
  it('round-trips every field', () => {
    const link = { tab: 'detect', dataset: 'generated-5-m1x', model: '3f2a-9c', incident: 12 } as const;
    const hash = formatViewHash(link);
    expect(hash).toBe('#tab=detect&dataset=generated-5-m1x&model=3f2a-9c&incident=12');
    expect(parseViewHash(hash)).toEqual(link);
  });

  it('escapes ids and reads them back', () => {
    const link = { ...EMPTY_LINK, tab: 'data' as const, dataset: 'a&b=c #d' };
    expect(parseViewHash(formatViewHash(link))).toEqual(link);
  });

  it('leaves out null fields and writes nothing for an empty link', () => {
    expect(formatViewHash({ ...EMPTY_LINK, tab: 'train' })).toBe('#tab=train');
    expect(formatViewHash(EMPTY_LINK)).toBe('');
  });

  it('reads with or without the leading #', () => {
    expect(parseViewHash('tab=live').tab).toBe('live');
    expect(parseViewHash('#tab=live').tab).toBe('live');
  });

  it('ignores a tab no panel has', () => {
    expect(parseViewHash('#tab=settings&model=m').tab).toBeNull();
    expect(parseViewHash('#tab=DETECT').tab).toBeNull();
    expect(parseViewHash('#tab=constructor').tab).toBeNull();
  });

  it('ignores an incident that is not a positive whole number', () => {
    for (const bad of ['0', '-1', '1.5', '1e3', 'x', '', '99999999999999']) {
      expect(parseViewHash(`#tab=detect&incident=${bad}`).incident, bad).toBeNull();
    }
  });

  it('ignores ids that are empty, too long or hold control characters', () => {
    expect(parseViewHash('#dataset=&model=%00x').dataset).toBeNull();
    expect(parseViewHash('#model=%00x').model).toBeNull();
    expect(parseViewHash(`#dataset=${'a'.repeat(201)}`).dataset).toBeNull();
  });

  it('reads garbage as an empty link without throwing', () => {
    for (const garbage of ['', '#', '#%', '#%E0%A4%A', '#/detect', '#tab', '#===&&&', '#\u0000\u{1F600}', '#tab=detect&tab=train&tab=%ZZ']) {
      expect(() => parseViewHash(garbage)).not.toThrow();
    }
    expect(parseViewHash('#%E0%A4%A')).toEqual(EMPTY_LINK);
    expect(parseViewHash('#/detect')).toEqual(EMPTY_LINK);
  });

  it('takes the first of repeated fields', () => {
    expect(parseViewHash('#tab=detect&tab=train').tab).toBe('detect');
  });
});

describe('linkOf', () => {
  const dataset = testDataset('a', 1000);
  const detection = { dataset, modelId: 'm' } as unknown as Detection;

  function state(detect: Partial<AppState['detect']>, selectedModelId = 'm'): AppState {
    const base = initialState();
    return { ...base, activePanel: 'detect', selectedDataset: dataset, selectedModelId, detect: { ...base.detect, ...detect } };
  }

  it('names the panel, dataset, model and the selected incident of the scoring on screen', () => {
    expect(linkOf(state({ detection, selectedIncident: 2 }))).toEqual({ tab: 'detect', dataset: 'a', model: 'm', incident: 2 });
  });

  it('leaves out an incident of another pair', () => {
    expect(linkOf(state({ detection, selectedIncident: 2 }, 'other')).incident).toBeNull();
  });

  it('keeps a linked incident while its scoring runs', () => {
    expect(linkOf(state({ status: 'scoring', pendingIncident: 7 })).incident).toBe(7);
  });

  it('names nothing on a first visit but the panel', () => {
    expect(linkOf(initialState())).toEqual({ ...EMPTY_LINK, tab: 'generate' });
  });
});
