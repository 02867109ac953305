/**
 * Saves text as a file the browser downloads (the reports' CSV). The text is encoded as UTF-8
 * by the Blob, a leading BOM included.
 */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL; let it finish before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
