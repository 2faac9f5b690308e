import type { TrafficSettings } from '../../shared/generatorConfig';
import { MS_PER_DAY, utcDayOfWeek, utcHourOfDay } from '../time';

const MS_PER_WEEK = 7 * MS_PER_DAY;

const bump = (h: number, centre: number, width: number): number => {
  const z = (h - centre) / width;
  return Math.exp(-0.5 * z * z);
};
const rise = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * User demand on the web tier (0..~1) at a UTC instant: a plateau over business hours with a lunch dip
 * and an evening tail, the night floor, and quieter weekends.
 */
export function seasonalDemand(ms: number, traffic: TrafficSettings): number {
  const h = utcHourOfDay(ms);
  const day = utcDayOfWeek(ms);
  const [open, close] = traffic.businessHours;
  const peak = day === 0 || day === 6 ? traffic.weekendLevel : 1;
  const business = rise((h - open) / 0.6) * rise((close - h) / 0.8);
  const lunchDip = 0.12 * bump(h, (open + close) / 2, 0.7);
  const eveningTail = 0.25 * bump(h, close + 2.5, 1.4);
  const shape = Math.min(1, business * (1 - lunchDip) + eveningTail);
  return traffic.nightLevel + (peak - traffic.nightLevel) * shape;
}

/** True while `ms` falls in [startHour, startHour + hours) of a UTC day. */
export function withinUtcHours(ms: number, startHour: number, hours: number): boolean {
  const h = utcHourOfDay(ms);
  return h >= startHour && h < startHour + hours;
}

/**
 * Seasonal demand for every row. Demand depends only on the time of week, so when the interval
 * divides a week each distinct slot is computed once.
 */
export function seasonalDemandSeries(timestamps: Float64Array, intervalMs: number, traffic: TrafficSettings): Float32Array {
  const out = new Float32Array(timestamps.length);
  const slotsPerWeek = MS_PER_WEEK / intervalMs;
  if (!Number.isInteger(slotsPerWeek) || timestamps.length < slotsPerWeek) {
    for (let i = 0; i < timestamps.length; i++) out[i] = seasonalDemand(timestamps[i], traffic);
    return out;
  }
  const bySlot = new Float64Array(slotsPerWeek).fill(NaN);
  for (let i = 0; i < timestamps.length; i++) {
    const slot = Math.floor((((timestamps[i] % MS_PER_WEEK) + MS_PER_WEEK) % MS_PER_WEEK) / intervalMs);
    let value = bySlot[slot];
    if (Number.isNaN(value)) value = bySlot[slot] = seasonalDemand(timestamps[i], traffic);
    out[i] = value;
  }
  return out;
}
