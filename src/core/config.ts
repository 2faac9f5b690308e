import { ANOMALY_TYPES, type AnomalyType } from '../shared/anomaly';
import { PROCESS_IDS, type EventSettings, type GeneratorConfig } from '../shared/generatorConfig';
import { parseUtcDate } from './time';

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


export interface ConfigValidation {
  /** The checked configuration, or null when any error was found. */
  config: GeneratorConfig | null;
  /** One user-facing sentence per problem, naming the field. */
  errors: string[];
}

/** Beyond this many rows a dataset no longer fits comfortably in a browser tab's memory. */
export const MAX_ROWS = 5_000_000;
const MAX_MONTHS = 36;
const SERVER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

type Check = (ok: boolean, message: string) => void;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isRange = (v: unknown, lo: number, hi: number): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && isNumber(v[0]) && isNumber(v[1]) && lo <= v[0] && v[0] <= v[1] && v[1] <= hi;

/**
 * Checks a configuration (e.g. imported JSON) and explains every bad value. Missing fields take
 * their defaults, so a partial JSON file is a valid way to change a few settings.
 */
export function validateConfig(value: unknown): ConfigValidation {
  const errors: string[] = [];
  const check: Check = (ok, message) => {
    if (!ok) errors.push(message);
  };
  if (!isRecord(value)) return { config: null, errors: ['The configuration must be a JSON object.'] };
  const known = new Set(Object.keys(DEFAULT_CONFIG));
  for (const key of Object.keys(value)) check(known.has(key), `Unknown setting "${key}".`);

  const merged = { ...DEFAULT_CONFIG, ...value } as Record<string, unknown>;
  const events = { ...DEFAULT_CONFIG.events, ...(isRecord(value.events) ? value.events : {}) } as Record<string, unknown>;
  const traffic = { ...DEFAULT_CONFIG.traffic, ...(isRecord(value.traffic) ? value.traffic : {}) } as Record<string, unknown>;

  check(merged.version === 1, `version must be 1 (this app reads configuration format 1), got ${JSON.stringify(merged.version)}.`);
  check(typeof merged.serverName === 'string' && SERVER_NAME.test(merged.serverName),
    'serverName must be 1–64 letters, digits, dots, dashes or underscores (it appears in every log line).');
  check(isNumber(merged.months) && merged.months > 0 && merged.months <= MAX_MONTHS, `months must be a number above 0 and at most ${MAX_MONTHS}.`);
  check(isNumber(merged.intervalSeconds) && Number.isInteger(merged.intervalSeconds) && merged.intervalSeconds >= 1 && merged.intervalSeconds <= 86_400,
    'intervalSeconds must be a whole number of seconds from 1 to 86400.');
  check(typeof merged.startDate === 'string' && !Number.isNaN(parseUtcDate(merged.startDate)),
    `startDate must be a date like 2024-01-01 (or an ISO date-time), got ${JSON.stringify(merged.startDate)}.`);
  check(isNumber(merged.seed) && Number.isInteger(merged.seed) && merged.seed >= 0 && merged.seed <= 0xffffffff,
    'seed must be a whole number from 0 to 4294967295.');
  check(isNumber(merged.anomalyProbability) && merged.anomalyProbability >= 0 && merged.anomalyProbability <= 0.1,
    'anomalyProbability must be between 0 and 0.1 (0 % to 10 % per interval).');
  check(Array.isArray(merged.processes) && merged.processes.every((p) => (PROCESS_IDS as readonly unknown[]).includes(p)) &&
    new Set(merged.processes).size === merged.processes.length,
    `processes must list distinct names from: ${PROCESS_IDS.join(', ')}.`);
  checkTraffic(traffic, check);
  for (const key of Object.keys(events)) {
    if (!(ANOMALY_TYPES as readonly string[]).includes(key)) check(false, `Unknown anomaly type "${key}" in events.`);
    else checkEvent(key as AnomalyType, events[key], check);
  }
  if (errors.length === 0) {
    const rows = estimateRows(merged.months as number, merged.intervalSeconds as number);
    check(rows <= MAX_ROWS, `This would generate about ${rows.toLocaleString('en-US')} rows; the limit is ${MAX_ROWS.toLocaleString('en-US')}. Use fewer months or a longer interval.`);
  }
  if (errors.length > 0) return { config: null, errors };
  return { config: { ...(merged as unknown as GeneratorConfig), traffic: traffic as unknown as GeneratorConfig['traffic'], events: events as GeneratorConfig['events'] }, errors };
}

function checkTraffic(traffic: Record<string, unknown>, check: Check): void {
  check(isRange(traffic.businessHours, 0, 24) && traffic.businessHours[0] < traffic.businessHours[1],
    'traffic.businessHours must be [start, end] hours with 0 ≤ start < end ≤ 24.');
  check(isNumber(traffic.nightLevel) && traffic.nightLevel >= 0 && traffic.nightLevel <= 1, 'traffic.nightLevel must be between 0 and 1.');
  check(isNumber(traffic.weekendLevel) && traffic.weekendLevel >= 0 && traffic.weekendLevel <= 1, 'traffic.weekendLevel must be between 0 and 1.');
}

function checkEvent(type: AnomalyType, value: unknown, check: Check): void {
  if (!isRecord(value)) return check(false, `events["${type}"] must be an object.`);
  const field = (name: string) => `events["${type}"].${name}`;
  check(typeof value.enabled === 'boolean', `${field('enabled')} must be true or false.`);
  check(isNumber(value.weight) && value.weight >= 0, `${field('weight')} must be a number of at least 0.`);
  check(isRange(value.durationMinutes, 0, 7 * 24 * 60) && value.durationMinutes[0] > 0,
    `${field('durationMinutes')} must be [min, max] minutes with 0 < min ≤ max ≤ 10080.`);
  if (value.cpu !== undefined) check(isRange(value.cpu, 0, 100), `${field('cpu')} must be [min, max] with 0 ≤ min ≤ max ≤ 100.`);
  if (value.ram !== undefined) check(isRange(value.ram, 0, 100), `${field('ram')} must be [min, max] with 0 ≤ min ≤ max ≤ 100.`);
  if (value.disk !== undefined) check(isNumber(value.disk) && value.disk >= 0 && value.disk <= 100, `${field('disk')} must be between 0 and 100.`);
}

/** Rows a configuration yields, to within a day (months vary in length). */
export function estimateRows(months: number, intervalSeconds: number): number {
  return Math.round((months * 30.44 * 86_400) / intervalSeconds);
}

/** Parses configuration JSON text; syntax errors become a validation error rather than an exception. */
export function parseConfigJson(text: string): ConfigValidation {
  try {
    return validateConfig(JSON.parse(text));
  } catch (error) {
    return { config: null, errors: [`The file is not valid JSON: ${(error as Error).message}`] };
  }
}
