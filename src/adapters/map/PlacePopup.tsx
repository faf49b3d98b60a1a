// The one open popup: a place's contacts, newest first, each opening the event.
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { Popup, useMap } from 'react-leaflet';
import { useI18n } from '../../i18n/react.tsx';
import type { MapPlace } from './types.ts';
import { visibleItems } from './popup-paging.ts';

export interface PlacePopupProps {
  place: MapPlace;
  radius: number;
  selectedEventId: string | null;
  autoFocus: boolean;
  onSelectEvent: (id: string) => void;
  onClosed: (placeId: string) => void;
}

export function PlacePopup({ place, radius, selectedEventId, autoFocus, onSelectEvent, onClosed }: PlacePopupProps) {
  const position = useMemo<[number, number]>(() => [place.lat, place.lon], [place.lat, place.lon]);
  const handlers = useMemo(() => ({ remove: () => onClosed(place.id) }), [onClosed, place.id]);
  return (
    <Popup key={place.id} position={position} offset={[0, -radius + 4]} maxHeight={280} minWidth={220} maxWidth={320}
      autoPanPadding={[16, 16]} eventHandlers={handlers} className="contacts-popup">
      <PopupBody place={place} selectedEventId={selectedEventId} autoFocus={autoFocus} onSelectEvent={onSelectEvent} />
    </Popup>
  );
}

type PopupBodyProps = Pick<PlacePopupProps, 'place' | 'selectedEventId' | 'autoFocus' | 'onSelectEvent'>;

function PopupBody({ place, selectedEventId, autoFocus, onSelectEvent }: PopupBodyProps) {
  const { t, plural } = useI18n();
  const map = useMap();
  const listRef = useRef<HTMLUListElement>(null);
  const { shown, more } = visibleItems(place.items, selectedEventId);
  useEffect(function focusListWhenOpenedByKeyboard() {
    // Opened from the keyboard: move into the list so the contacts are one Tab away.
    if (autoFocus) listRef.current?.querySelector('button')?.focus();
  }, [autoFocus]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    map.closePopup();
    map.getContainer().querySelector<HTMLElement>(`[data-place="${CSS.escape(place.id)}"]`)?.focus();
  };
  return (
    <div className="contacts-popup__body" onKeyDown={onKeyDown}>
      <h3 className="contacts-popup__title">{place.name} <small>{plural('count.contacts', place.total)}</small></h3>
      <ul ref={listRef} aria-label={t('map.popup.list', { name: place.name })}>
        {shown.map((item) => (
          <li key={item.id}>
            <button type="button" onClick={() => onSelectEvent(item.id)} aria-current={item.id === selectedEventId ? 'true' : undefined}>
              <span className="contacts-popup__date">{item.date}</span>{' '}
              <span className="contacts-popup__partner">{item.partner}</span>{' '}
              <span className="contacts-popup__text">{item.title}</span>
            </button>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="contacts-popup__more">{plural('map.popup.more', more)}</p>}
    </div>
  );
}
