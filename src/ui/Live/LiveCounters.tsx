import { useLiveStore } from '../../state/liveStore';
import { formatCount } from '../components/format';

const rate = (perSecond: number) => `${formatCount(Math.round(perSecond))}/s`;

/** Rows received, scored and flagged, and what was malformed, dropped or skipped, and why. */
export function LiveCounters() {
  const c = useLiveStore((state) => state.counters);
  const facts: [string, string][] = [
    ['Received', `${formatCount(c.received)} (${rate(c.receivedPerSecond)})`],
    ['Scored', `${formatCount(c.scored)} (${rate(c.scoredPerSecond)})`],
    ['Flagged', formatCount(c.flagged)],
    ['Malformed', formatCount(c.malformed)],
    ['Dropped', formatCount(c.dropped)],
    ['Skipped (duplicate or late)', formatCount(c.skipped)],
    ['Far-future times (skipped)', formatCount(c.future)],
  ];
  return (
    <section className="card" aria-label="Live counters">
      <dl className="live-counters">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
