import type { Contributor } from '../../core/detection/incidents';
import type { Dataset } from '../../shared/dataset';

/** A contributor's display name: the metric's label, or the group name for the time features. */
export function contributorLabel(dataset: Dataset, name: string): string {
  return dataset.columns.find((column) => column.key === name)?.label ?? name;
}

/** "Database CPU % 62 %, Web server CPU % 20 %". */
export function contributorsText(dataset: Dataset, contributors: readonly Contributor[]): string {
  return contributors.map((c) => `${contributorLabel(dataset, c.name)} ${Math.round(c.share * 100)} %`).join(', ');
}
