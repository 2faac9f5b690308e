import type { AppState } from './appStore';
import { isPanelId, type PanelId } from './panels';

/** What a link names: the open panel, dataset, model and incident; null where it names none. */
export interface ViewLink {
  tab: PanelId | null;
  dataset: string | null;
  model: string | null;
  /** The incident's number as the incidents table shows it (1-based, in time order). */
  incident: number | null;
}

export const EMPTY_LINK: ViewLink = { tab: null, dataset: null, model: null, incident: null };

// Stored ids are UUIDs or short generated names; anything longer or with control characters is not one of ours.
const ID = /^[^\p{Cc}]{1,200}$/u;

function idOrNull(value: string | null): string | null {
  return value !== null && ID.test(value) ? value : null;
}

function incidentOrNull(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 ? id : null;
}

/**
 * Reads a location hash such as `#tab=detect&dataset=…&model=…&incident=3`. A field that is
 * missing, malformed or names no panel reads as null; garbage reads as an empty link, never throws.
 * Whether the named dataset, model or incident still exists is for the caller to check.
 */
export function parseViewHash(hash: string): ViewLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const tab = params.get('tab');
  return {
    tab: isPanelId(tab) ? tab : null,
    dataset: idOrNull(params.get('dataset')),
    model: idOrNull(params.get('model')),
    incident: incidentOrNull(params.get('incident')),
  };
}

/** The hash for a link, fields in a fixed order and null ones left out; '' for an empty link. */
export function formatViewHash(link: ViewLink): string {
  const params = new URLSearchParams();
  if (link.tab) params.set('tab', link.tab);
  if (link.dataset) params.set('dataset', link.dataset);
  if (link.model) params.set('model', link.model);
  if (link.incident !== null) params.set('incident', String(link.incident));
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/**
 * The link to what `state` shows. The incident goes in only when the scoring on screen is of the
 * open dataset with the picked model (its number means nothing for another pair), or while a
 * scoring that will select it is under way.
 */
export function linkOf(state: AppState): ViewLink {
  const dataset = state.selectedDataset?.meta.id ?? null;
  const model = state.selectedModelId;
  const { detection, selectedIncident, pendingIncident } = state.detect;
  const current = detection !== null && detection.dataset.meta.id === dataset && detection.modelId === model;
  return {
    tab: isPanelId(state.activePanel) ? state.activePanel : null,
    dataset,
    model,
    incident: pendingIncident ?? (current ? selectedIncident : null),
  };
}
