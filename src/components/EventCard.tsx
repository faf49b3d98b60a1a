// One contact as a card. Everything from the data file is rendered as React
// text (never as HTML), and source addresses only through SafeLink.
import { memo } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { ContactEvent } from '../model/schema.ts';
import { SafeLink } from './SafeLink.tsx';
import './components.css';

import { reportingPublisher, type Lookups } from '../model/lookups.ts';
import { partnerLabel } from '../i18n/labels.ts';

export interface EventCardProps {
  event: ContactEvent;
  lookups: Lookups;
  selected: boolean;
  onSelect: (id: string | null) => void;
}

export const EventCard = memo(function EventCard({ event, lookups, selected, onSelect }: EventCardProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const place = lookups.places.get(event.place);
  return (
    <article className={`event-card type-${event.type}${selected ? ' event-card-selected' : ''}`} data-event={event.id}
      aria-current={selected ? 'true' : undefined}>
      <p className="event-card-meta">
        <span className="event-card-type">
          <span className="event-card-swatch" aria-hidden="true" />
          {t(`type.${event.type}`)}
        </span>
        <EventDate event={event} lookups={lookups} />
      </p>
      <h3 className="event-card-title">
        {/* A second activation clears the selection, as on the map and charts. */}
        <button type="button" aria-pressed={selected} onClick={() => onSelect(selected ? null : event.id)}>
          {event.title[lang]}
        </button>
      </h3>
      <p className="event-card-where">
        <span className="event-card-partner">{partnerLabel(event.partner, lookups, i18n)}</span>
        {place && <span className="event-card-place">{place.name[lang]}</span>}
      </p>
      {event.summary && <p className="event-card-summary">{event.summary[lang]}</p>}
      {event.people.length > 0 && (
        <p className="event-card-people"><span className="event-card-label">{t('list.people')}</span> {event.people.join(', ')}</p>
      )}
      <Quotes event={event} lookups={lookups} />
    </article>
  );
});

function EventDate({ event, lookups }: { event: ContactEvent; lookups: Lookups }) {
  const { t, date } = useI18n();
  const text = event.end !== undefined && event.end !== event.date
    ? t('list.date.range', { start: date(event.date), end: date(event.end) })
    : date(event.date);
  return (
    <span className="event-card-date">
      <time dateTime={event.date}>{text}</time>
      {event.dateBasis === 'inferred' && (
        <span className="event-card-basis" title={t('list.basis.inferred.help')}>
          {t('basis.inferred')}<span className="visually-hidden"> : {t('list.basis.inferred.help')}</span>
        </span>
      )}
      {event.dateBasis === 'reported' && (
        <span className="event-card-basis" title={t('list.basis.reported.help')}>
          {t('basis.reported', { source: reportingPublisher(event, lookups) })}
        </span>
      )}
    </span>
  );
}

function Quotes({ event, lookups }: { event: ContactEvent; lookups: Lookups }) {
  const { t, date } = useI18n();
  return (
    <ul className="event-card-sources" aria-label={t('list.sources')}>
      {event.sources.map((cite, i) => {
        const source = lookups.sources.get(cite.source);
        return (
          <li key={`${cite.source}:${i}`}>
            <blockquote className="event-card-quote" lang={source?.lang}>{cite.quote}</blockquote>
            {source && (
              <p className="event-card-cite">
                <SafeLink href={source.url} className="event-card-source-title">{source.title}</SafeLink>
                {`, ${source.publisher}`}
                {source.published && `, ${t('list.source.published', { date: date(source.published) })}`}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
