/** Hands the browser a file made on the page (a CSV received in parts, a downloaded attachment) to save. */
export function saveFile(content: Blob, name: string): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started by then; the object's memory is given back
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
