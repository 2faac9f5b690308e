import { PROCESS_NAMES, type ProcessId } from '../../shared/generatorConfig';

/** Server-level column keys, in log-line order. */
export const SERVER_KEYS = ['cpu', 'ram', 'disk'] as const;

const SERVER_LABELS: Record<(typeof SERVER_KEYS)[number], string> = { cpu: 'CPU %', ram: 'RAM %', disk: 'Disk %' };

export function serverLabel(key: (typeof SERVER_KEYS)[number]): string {
  return SERVER_LABELS[key];
}

export const cpuKey = (p: ProcessId): string => `${p}.cpu`;
export const ramKey = (p: ProcessId): string => `${p}.ram`;

export function processLabel(p: ProcessId, metric: 'cpu' | 'ram'): string {
  return `${PROCESS_NAMES[p]} ${metric === 'cpu' ? 'CPU' : 'RAM'} %`;
}
