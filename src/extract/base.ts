// What the assistant takes from an existing dataset: the focus country, its
// capital ("home"), and the partners and places whose ids it should reuse.
import type { Dataset, Place } from '../model/schema.ts';
import { parseDatasetText } from '../model/parse-text.ts';

export interface Base { focus: string; home: Place; known: Pick<Dataset, 'partners' | 'places'>; dataset: Dataset | null }

/** Reads a dataset's text; null when it has no usable focus and home. */
export function baseFromText(text: string): Base | null {
  const { data } = parseDatasetText(text);
  const home = data?.places.find((p) => p.id === data.home);
  if (!data || !data.focus || !home) return null;
  return { focus: data.focus, home, known: { partners: data.partners, places: data.places }, dataset: data };
}
