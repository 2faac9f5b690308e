import { ANOMALY_TYPES, type AnomalyType } from '../shared/anomaly';
import { PROCESS_IDS, type EventSettings, type GeneratorConfig } from '../shared/generatorConfig';

/** The original tool's defaults: 6 months every 30 s, 0.05 % anomaly chance per interval. */
export const DEFAULT_CONFIG: GeneratorConfig = {
  version: 1,
  serverName: 'server-1',
  months: 6,
  intervalSeconds: 30,
  startDate: '2024-01-01',
  seed: 42,
  anomalyProbability: 0.0005,
  processes: [...PROCESS_IDS],
  traffic: { businessHours: [9, 18], nightLevel: 0.12, weekendLevel: 0.45 },
  events: {
    'Unexpected Spike': { enabled: true, weight: 4, durationMinutes: [2, 10], cpu: [80, 100], ram: [90, 100], disk: 10 },
    'Server Restart': { enabled: true, weight: 2, durationMinutes: [1, 5], cpu: [0, 5], ram: [0, 10], disk: 0 },
    'Process Failure': { enabled: true, weight: 3, durationMinutes: [5, 30], cpu: [50, 70], ram: [50, 70], disk: 5 },
    'Memory Leak': { enabled: true, weight: 1, durationMinutes: [60, 360], ram: [88, 98] },
    'Disk Fill': { enabled: true, weight: 1, durationMinutes: [30, 180], disk: 25 },
    'Off-hours Load': { enabled: true, weight: 2, durationMinutes: [30, 120] },
    Flatline: { enabled: true, weight: 2, durationMinutes: [10, 60] },
    'Cascading Failure': { enabled: true, weight: 1, durationMinutes: [10, 45], cpu: [40, 60] },
  } satisfies Record<AnomalyType, EventSettings>,
};

export { ANOMALY_TYPES };

export interface ConfigValidation {
  /** The checked configuration, or null when any error was found. */
  config: GeneratorConfig | null;
  /** One user-facing sentence per problem, naming the field. */
  errors: string[];
}

/** Checks a configuration (e.g. imported JSON) and explains every bad value. */
export function validateConfig(value: unknown): ConfigValidation {
  void value;
  throw new Error('validateConfig: being written');
}
