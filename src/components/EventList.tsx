// The list pages by 50 so the DOM stays the same size whether the view holds
// 100 or 100,000 contacts; a selected contact beyond the page is shown anyway.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { IndexedEvent } from '../model/event-index.ts';
import type { Lookups } from '../model/lookups.ts';
import { EventCard } from './EventCard.tsx';
import './components.css';

const PAGE_SIZE = 50;

export interface EventListProps {
  /** Filtered, newest first. */
  items: IndexedEvent[];
  /** The dataset's id → item maps, made once per dataset by the app. */
  lookups: Lookups;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Shown in the empty state: "no contact matches — show all". */
  onReset?: () => void;
}

export function EventList({ items, lookups, selectedId, onSelect, onReset }: EventListProps) {
  const { t, number } = useI18n();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [pagedItems, setPagedItems] = useState(items);
  if (pagedItems !== items) {
    // A new filter result starts again from its first page.
    setPagedItems(items);
    setLimit(PAGE_SIZE);
  }
  const page = items.slice(0, limit);
  const beyond = selectedId !== null && !page.some((i) => i.event.id === selectedId)
    ? items.find((i) => i.event.id === selectedId) : undefined;
  const rootRef = useScrollToSelected(selectedId);

  if (items.length === 0) return <EmptyList onReset={onReset} />;
  const rest = items.length - page.length;
  return (
    <div className="event-list" ref={rootRef}>
      <ol className="event-list-items" aria-label={t('list.label')}>
        {page.map((i) => (
          <li key={i.event.id}>
            <EventCard event={i.event} lookups={lookups} selected={i.event.id === selectedId} onSelect={onSelect} />
          </li>
        ))}
      </ol>
      {beyond && (
        <div className="event-list-beyond">
          <p className="event-list-note">{t('list.selected.beyond')}</p>
          <EventCard event={beyond.event} lookups={lookups} selected onSelect={onSelect} />
        </div>
      )}
      {rest > 0 && (
        <div className="event-list-paging">
          <p className="event-list-note">{t('list.paging', { shown: number(page.length), total: number(items.length) })}</p>
          <button type="button" className="event-list-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t('list.more', { n: Math.min(PAGE_SIZE, rest) })}
          </button>
        </div>
      )}
    </div>
  );
}

/** Brings the selected card into view when the selection comes from the map, a chart or the URL. */
function useScrollToSelected(selectedId: string | null) {
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(function scrollSelectedCardIntoView() {
    if (selectedId === null || !rootRef.current) return;
    const card = Array.from(rootRef.current.querySelectorAll<HTMLElement>('[data-event]'))
      .find((el) => el.dataset.event === selectedId);
    // jsdom has no scrollIntoView; 'nearest' leaves a card already in view where it is.
    card?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);
  return rootRef;
}

function EmptyList({ onReset }: { onReset?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="event-list-empty" role="status">
      <p>{t('list.empty')}</p>
      {onReset && <button type="button" className="event-list-reset" onClick={onReset}>{t('list.empty.reset')}</button>}
    </div>
  );
}
