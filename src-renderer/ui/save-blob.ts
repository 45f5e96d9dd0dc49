/**
 * Hands a file to the user: the browser's download, or the desktop app's save dialog (which
 * takes only the app's own blob: URLs, download-policy.ts). One way for every screen that
 * saves something: the codes sheet, the procès-verbal, a kiosk's ballots, the slide's image.
 */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
