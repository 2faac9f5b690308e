import { useId } from 'react';
import { useAppStore } from '../../state/appStore';

/** Rows a preview table shows at most. */
const PREVIEW_ROWS = 8;

/** The first rows of the picked file as the importer reads them, under the detected column names. */
export function PreviewTable() {
  const captionId = useId();
  const preview = useAppStore((state) => state.ingest.preview);
  if (!preview) return null;
  const rows = preview.sampleRows.slice(0, PREVIEW_ROWS);
  const width = Math.max(preview.columns.length, ...rows.map((row) => row.length));
  const headers = Array.from({ length: width }, (_, i) => preview.columns[i]?.name ?? `column ${i + 1}`);
  return (
    <div className="table-scroll preview-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="preview-table">
        <caption id={captionId}>First rows of {preview.fileName}</caption>
        <thead>
          <tr>
            {headers.map((name, i) => (
              <th key={i} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {headers.map((_, c) => (
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
