import type { Contributor } from '../../core/detection/incidents';
import type { Dataset } from '../../shared/dataset';
import { contributorsText } from '../components/contributors';

/** A contributor's display name: the metric's label, or the group name for the time features. */
export function contributorLabel(dataset: Dataset, name: string): string {
  return dataset.columns.find((column) => column.key === name)?.label ?? name;
}

/** The incident's contributors with the dataset's metric labels (see contributorsText). */
export function datasetContributorsText(dataset: Dataset, contributors: readonly Contributor[]): string {
  return contributorsText(contributors, (name) => contributorLabel(dataset, name));
}
