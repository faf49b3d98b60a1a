// Saving a file the page made (the "Get the data" downloads): the browser edge,
// kept out of the view that offers the buttons.
import type { SavedFile } from '../components/DownloadData.tsx';

/** Saves a file through a temporary object URL; revoked once the click has been handled. */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text the page made (the data downloads). */
export function saveFile({ name, text, type }: SavedFile): void {
  saveBlob(name, new Blob([text], { type }));
}
