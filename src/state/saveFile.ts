/** Long enough for the browser to start reading a large Blob before its URL goes away. */
const REVOKE_AFTER_MS = 30_000;

/** Offers a Blob as a download through a temporary <a download>, then revokes its URL. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
