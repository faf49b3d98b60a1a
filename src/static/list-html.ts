// Every contact of the view as the live list's cards (EventCard), with every
// quote and source link: a page without JavaScript shows the whole list, not
// the live list's first page (issue 19).
import { reportingPublisher } from '../model/lookups.ts';
import { safeHref } from '../components/SafeLink.tsx';
import { partnerLabel } from '../i18n/labels.ts';
import type { I18n } from '../i18n/react.tsx';
import type { IndexedEvent } from '../model/event-index.ts';
import type { Lookups } from '../model/lookups.ts';
import type { ContactEvent } from '../model/schema.ts';
import { el, esc, leaf } from './html.ts';
import type { Palette } from './palette.ts';

function dateHtml(e: ContactEvent, lookups: Lookups, i18n: I18n): string {
  const { t, date } = i18n;
  const text = e.end !== undefined && e.end !== e.date ? t('list.date.range', { start: date(e.date), end: date(e.end) }) : date(e.date);
  let basis = '';
  if (e.dateBasis === 'inferred') basis = el('span', { class: 'event-card-basis', title: t('list.basis.inferred.help') }, esc(t('basis.inferred')));
  if (e.dateBasis === 'reported') basis = el('span', { class: 'event-card-basis', title: t('list.basis.reported.help') }, esc(t('basis.reported', { source: reportingPublisher(e, lookups) })));
  return el('span', { class: 'event-card-date' }, el('time', { datetime: e.date }, esc(text)), basis);
}

function quotesHtml(e: ContactEvent, lookups: Lookups, i18n: I18n): string {
  const items = e.sources.map((cite) => {
    const s = lookups.sources.get(cite.source);
    let cited = '';
    if (s) {
      const href = safeHref(s.url);
      const title = href ? el('a', { class: 'event-card-source-title', href, target: '_blank', rel: 'noopener noreferrer' }, esc(s.title)) : el('span', { class: 'event-card-source-title' }, esc(s.title));
      const published = s.published ? `, ${i18n.t('list.source.published', { date: i18n.date(s.published) })}` : '';
      cited = el('p', { class: 'event-card-cite' }, title, esc(`, ${s.publisher}${published}`));
    }
    return el('li', {}, el('blockquote', { class: 'event-card-quote', lang: s?.lang }, esc(cite.quote)), cited);
  });
  return el('ul', { class: 'event-card-sources', 'aria-label': i18n.t('list.sources') }, ...items);
}

function cardHtml(e: ContactEvent, lookups: Lookups, i18n: I18n, p: Palette, selected: boolean): string {
  const { t, lang } = i18n;
  const place = lookups.places.get(e.place);
  const swatch = el('svg', { class: 'event-card-swatch static-swatch', width: 10, height: 10, 'aria-hidden': 'true', focusable: 'false' },
    leaf('rect', { width: 10, height: 10, rx: 2, fill: p.types[e.type] }));
  return el('article', { class: `event-card static-card type-${e.type}${selected ? ' event-card-selected' : ''}`, 'data-event': e.id, 'aria-current': selected ? 'true' : undefined },
    el('p', { class: 'event-card-meta' }, el('span', { class: 'event-card-type' }, swatch, esc(t(`type.${e.type}`))), dateHtml(e, lookups, i18n)),
    el('h3', { class: 'event-card-title' }, el('span', { class: 'static-card-title' }, esc(e.title[lang]))),
    el('p', { class: 'event-card-where' }, el('span', { class: 'event-card-partner' }, esc(partnerLabel(e.partner, lookups, i18n))), place ? el('span', { class: 'event-card-place' }, esc(place.name[lang])) : ''),
    e.summary ? el('p', { class: 'event-card-summary' }, esc(e.summary[lang])) : '',
    e.people.length > 0 ? el('p', { class: 'event-card-people' }, el('span', { class: 'event-card-label' }, esc(t('list.people'))), ` ${esc(e.people.join(', '))}`) : '',
    quotesHtml(e, lookups, i18n));
}

export function listHtml(items: readonly IndexedEvent[], lookups: Lookups, i18n: I18n, p: Palette, selectedId: string | null): string {
  if (items.length === 0) return el('div', { class: 'event-list-empty', role: 'status' }, el('p', {}, esc(i18n.t('list.empty'))));
  return el('div', { class: 'event-list' }, el('ol', { class: 'event-list-items', 'aria-label': i18n.t('list.label') },
    ...items.map((i) => el('li', {}, cardHtml(i.event, lookups, i18n, p, i.event.id === selectedId)))));
}
