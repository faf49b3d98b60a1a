// A decoded view meets what exists: the loaded dataset's partners and events,
// the build's named looks. What is not there is dropped and listed, so the page
// can say so (docs/interfaces.md §1), as the codec does for what it cannot read.
import type { Ignored, ViewState } from './url-state.ts';

/** Drops the partner and event ids the loaded dataset does not have. */
export function restrictToDataset(
  state: ViewState, known: { partners: ReadonlySet<string>; events: ReadonlySet<string> },
): { state: ViewState; ignored: Ignored[] } {
  const ignored: Ignored[] = [];
  const countries = state.countries.filter((id) => known.partners.has(id));
  for (const id of state.countries) if (!known.partners.has(id)) ignored.push({ param: 'country', value: id, reason: 'unknown_value' });
  let event = state.event;
  if (event !== null && !known.events.has(event)) {
    ignored.push({ param: 'event', value: event, reason: 'unknown_value' });
    event = null;
  }
  let partner = state.partner;
  if (partner !== null && !known.partners.has(partner)) {
    ignored.push({ param: 'partner', value: partner, reason: 'unknown_value' });
    partner = null;
  }
  return { state: { ...state, countries, event, partner }, ignored };
}

/** Drops a `look=` the build has no look of that name for (newsroom.config.json). */
export function restrictToLooks(state: ViewState, looks: ReadonlySet<string>): { state: ViewState; ignored: Ignored[] } {
  if (state.look === null || looks.has(state.look)) return { state, ignored: [] };
  return { state: { ...state, look: null }, ignored: [{ param: 'look', value: state.look, reason: 'unknown_look' }] };
}
