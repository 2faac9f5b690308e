import { ANOMALY_TYPES, type AnomalyType } from '../shared/anomaly';
import type { GeneratorConfig } from '../shared/generatorConfig';

/** Chance per interval that an anomaly of each type begins: the overall chance split by normalised weight. */
export function eventProbabilities(config: GeneratorConfig): Record<AnomalyType, number> {
  const weightOf = (type: AnomalyType) => {
    const settings = config.events[type];
    return settings.enabled && Number.isFinite(settings.weight) && settings.weight > 0 ? settings.weight : 0;
  };
  const total = ANOMALY_TYPES.reduce((sum, type) => sum + weightOf(type), 0);
  const overall = Number.isFinite(config.anomalyProbability) ? config.anomalyProbability : 0;
  const result = {} as Record<AnomalyType, number>;
  for (const type of ANOMALY_TYPES) result[type] = total > 0 ? (overall * weightOf(type)) / total : 0;
  return result;
}
