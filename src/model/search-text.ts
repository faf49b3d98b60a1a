// The normalised search text of each event, built in slices (idle time) after
// the first draw, or at once by the first search (docs/bench.md).
import type { ContactEvent, Dataset, Partner } from './schema.ts';
import type { EventIndex, IndexedEvent } from './event-index.ts';
import { normalizeText, regionDisplayName } from './text.ts';
import { prepareSearch } from './search.ts';

// Fields are joined with a separator no query word can contain (queries are
// split on spaces), so a word never matches across two fields.
const FIELD_SEPARATOR = '\n';

/** Normalised names of each partner, once per dataset rather than once per event. */
function partnerTexts(partners: readonly Partner[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const p of partners) {
    const words = [p.id];
    if (p.name) words.push(p.name.fr, p.name.en);
    // Country names come from CLDR, as in the UI: "russie" finds RU.
    if (p.kind === 'country') words.push(regionDisplayName(p.id, 'fr'), regionDisplayName(p.id, 'en'));
    texts.set(p.id, joinFields(words));
  }
  return texts;
}

const joinFields = (fields: readonly string[]) => fields.map(normalizeText).filter((f) => f !== '').join(FIELD_SEPARATOR);

/** Search text of one event. Names repeat across events, so theirs are normalised once per dataset. */
function searchText(e: ContactEvent, texts: SharedTexts): string {
  const fields = [normalizeText(e.title.fr), normalizeText(e.title.en)];
  for (const person of e.people) {
    let normal = texts.people.get(person);
    if (normal === undefined) texts.people.set(person, (normal = normalizeText(person)));
    fields.push(normal);
  }
  fields.push(texts.places.get(e.place) ?? '', e.partner === null ? '' : (texts.partners.get(e.partner) ?? normalizeText(e.partner)));
  return fields.filter((f) => f !== '').join(FIELD_SEPARATOR);
}

interface SharedTexts { partners: Map<string, string>; places: Map<string, string>; people: Map<string, string> }

function sharedTexts(dataset: Dataset): SharedTexts {
  const places = new Map(dataset.places.map((p) => [p.id, joinFields([p.name.fr, p.name.en])]));
  return { partners: partnerTexts(dataset.partners), places, people: new Map() };
}

interface Pending { texts: SharedTexts | null; next: number }

/** Search texts still to be built, per index (see prepareSearchText). */
const pendingSearch = new WeakMap<EventIndex, Pending>();

/** Makes an item's text unless it has one; partner and place names are made on first use, not with the index. */
function buildText(index: EventIndex, pending: Pending, item: IndexedEvent): void {
  if (item.text === '') item.text = searchText(item.event, (pending.texts ??= sharedTexts(index.dataset)));
}

/**
 * Builds the search texts of an index, stopping once `deadline`
 * (performance.now()) has passed; true when every text is ready. Normalising
 * 100,000 titles takes most of a second, so large datasets do it after their
 * first draw, in idle time, and the first search finishes whatever is left.
 */
export function prepareSearchText(index: EventIndex, deadline = Infinity, yieldNow?: () => boolean): boolean {
  const pending = pendingSearch.get(index);
  if (!pending) return true;
  const items = index.items;
  while (pending.next < items.length) {
    buildText(index, pending, items[pending.next++] as IndexedEvent); // a search may have made it already (searchTextOf)
    if ((pending.next & 511) === 0 && (performance.now() > deadline || yieldNow?.() === true)) return false;
  }
  pendingSearch.delete(index);
  prepareSearch(items);
  return true;
}

/** Whether every search text of the index is built (and its corpus joined). */
export function searchTextReady(index: EventIndex): boolean {
  return !pendingSearch.has(index);
}

/**
 * One item's search text, made now if it is not built yet: a search while the
 * texts are still being built makes only those of the events its other
 * filters keep (a search within one year of a 100,000-event file makes a few
 * thousand, not all).
 */
export function searchTextOf(index: EventIndex, item: IndexedEvent): string {
  const pending = pendingSearch.get(index);
  if (pending) buildText(index, pending, item);
  return item.text;
}

/** Marks a new index's search texts as still to be built. */
export function awaitSearchText(index: EventIndex): void {
  pendingSearch.set(index, { texts: null, next: 0 });
}
