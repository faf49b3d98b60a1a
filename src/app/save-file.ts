// Saving a file the page made (the "Get the data" downloads): the browser edge,
// kept out of the view that offers the buttons.
import type { SavedFile } from '../components/DownloadData.tsx';

/** Saves text through a temporary object URL; revoked once the click has been handled. */
export function saveFile({ name, text, type }: SavedFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
