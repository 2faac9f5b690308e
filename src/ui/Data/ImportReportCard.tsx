import { useId } from 'react';
import { useAppStore } from '../../state/appStore';
import type { ImportReport } from '../../shared/ingest';
import { formatBytes } from '../../shared/units';
import { formatCount, formatInterval, formatUtcRange } from '../components/format';

function gapsText({ gaps }: ImportReport): string {
  if (gaps.count === 0) return 'none';
  const longest = gaps.longest ? `; longest ${formatUtcRange(gaps.longest.start, gaps.longest.end)}` : '';
  return `${formatCount(gaps.count)} (${formatCount(gaps.missingRows)} missing rows${longest})`;
}

function labelsText({ labels }: ImportReport): string {
  if (!labels) return 'none';
  const events = `${formatCount(labels.events)} event${labels.events === 1 ? '' : 's'}`;
  return `${labels.source}: ${formatCount(labels.labelledRows)} labelled rows in ${events}`;
}

/**
 * What the last import did to the file's rows (read, imported, skipped, duplicates, gaps, labels);
 * otherwise, after a reload, the stored report of the selected uploaded dataset.
 */
export function ImportReportCard() {
  const headingId = useId();
  const fresh = useAppStore((state) => state.ingest.result);
  const selected = useAppStore((state) => state.selectedDataset?.meta ?? null);
  const result = fresh ?? (selected?.report ? { name: selected.name, report: selected.report } : null);
  if (!result) return null;
  const { report } = result;
  return (
    <section className="card import-report" aria-labelledby={headingId}>
      <h2 id={headingId}>Import report</h2>
      <p className="import-report-summary">
        {result.name}: {formatCount(report.rowsImported)} rows from {report.fileName} ({formatBytes(report.bytesRead)}
        {report.readers === 2 ? ', read in two halves at once' : ''}).
      </p>
      <dl className="dataset-facts">
        <dt>Rows read</dt>
        <dd>{formatCount(report.rowsRead)}</dd>
        <dt>Rows imported</dt>
        <dd>{formatCount(report.rowsImported)}</dd>
        <dt>Skipped</dt>
        <dd>{formatCount(report.skipped.count)}</dd>
        <dt>Duplicates dropped</dt>
        <dd>{formatCount(report.duplicatesDropped)}</dd>
        <dt>Interval</dt>
        <dd>{formatInterval(report.intervalMs)}</dd>
        <dt>Gaps</dt>
        <dd>{gapsText(report)}</dd>
        <dt>Filled rows</dt>
        <dd>{report.filledRows > 0 ? `${formatCount(report.filledRows)} (forward-filled, shown grey in Explore)` : '0'}</dd>
        <dt>Aligned rows</dt>
        <dd>{formatCount(report.alignedRows)}</dd>
        <dt>Labels</dt>
        <dd>{labelsText(report)}</dd>
      </dl>
      {report.skipped.examples.length > 0 && (
        <>
          <h3 className="import-report-subhead">First skipped rows</h3>
          <ul className="skipped-rows">
            {report.skipped.examples.map((row) => (
              <li key={row.line}>
                Line {formatCount(row.line)}: {row.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
