import { createRandom } from '../core/random';

const STEP_MS = 5 * 60_000;
const ROWS_PER_DAY = 288;
export const RECURRING_START = Date.UTC(2024, 2, 4);
/** Day 12 (1-based) of the file, when its one real anomaly happens. */
export const ANOMALY_DAY = new Date(RECURRING_START + 11 * 86_400_000).toISOString().slice(0, 10);

/**
 * A monitoring export as CloudWatch gives one (`timestamp,value`, 5-minute steps, one metric):
 * 14 days of CPU % with a daily rhythm and noise, a five-minute job every night at 03:20 that
 * adds 35 points, and one real anomaly: the level shifts up 25 points from 08:00 to 16:00 on day 12.
 */
export function recurringJobCsv(seed = 5): string {
  const random = createRandom(seed);
  const lines = ['timestamp,cpu'];
  for (let row = 0; row < 14 * ROWS_PER_DAY; row++) {
    const time = RECURRING_START + row * STEP_MS;
    const minute = (row % ROWS_PER_DAY) * 5;
    const day = Math.floor(row / ROWS_PER_DAY) + 1;
    let cpu = 35 + 12 * Math.sin((2 * Math.PI * (minute - 360)) / 1440) + 1.5 * random.normal();
    if (minute === 200) cpu += 35;
    if (day === 12 && minute >= 480 && minute < 960) cpu += 25;
    lines.push(`${new Date(time).toISOString().replace('.000Z', 'Z')},${cpu.toFixed(2)}`);
  }
  return `${lines.join('\n')}\n`;
}
