// A partner's record (partner=ID): its measures over the whole record, the
// levels and agreements where the record has them, a small timeline and its
// contacts. The measures come ready from the model; this only lays them out.
import { useState } from 'react';
import { useI18n } from '../i18n/react.tsx';
import { addArea } from '../i18n/catalogue.ts';
import { records } from '../i18n/messages/records.ts';
import type { PartnerProfile as Profile } from '../model/partner-profile.ts';
import type { Lookups } from '../model/lookups.ts';
import { AgreementLedger } from './AgreementLedger.tsx';
import { ContactStrip } from './ContactStrip.tsx';
import { LevelTable } from './LevelTable.tsx';
import { NavLink } from './NavLink.tsx';
import { ProfileFacts } from './ProfileFacts.tsx';
import './profile.css';

addArea(records);

export interface PartnerProfileProps {
  /** null: the record has no contact with this partner. */
  profile: Profile | null;
  /** The partner's name in the reader's language. */
  name: string;
  focusName: string;
  updated: string | null;
  lookups: Lookups;
  selectedId: string | null;
  /** Address of this view with that event selected; and without the profile. */
  eventHref: (id: string) => string;
  closeHref: string;
}

export function PartnerProfile({ profile, name, focusName, updated, lookups, selectedId, eventHref, closeHref }: PartnerProfileProps) {
  const { t } = useI18n();
  return (
    <section className="profile" aria-labelledby="profile-title" data-partner={profile?.partner}>
      <div className="profile-head">
        <h2 id="profile-title" className="profile-title">{t('profile.heading', { name })}</h2>
        <NavLink href={closeHref} className="profile-close">{t('profile.close')}</NavLink>
      </div>
      {profile === null ? <p className="profile-note">{t('profile.missing')}</p> : (
        <>
          <p className="profile-note">{t('profile.scope')}</p>
          <ProfileFacts profile={profile} updated={updated} focusName={focusName} eventHref={eventHref} />
          <ContactStrip items={profile.items} first={profile.first} last={profile.last} />
          {profile.levels && <LevelTable levels={profile.levels} focusName={focusName} />}
          {profile.ledger && <AgreementLedger entries={profile.ledger} lookups={lookups} eventHref={eventHref} />}
          <ProfileEvents key={profile.partner} profile={profile} lookups={lookups} selectedId={selectedId} eventHref={eventHref} />
        </>
      )}
    </section>
  );
}

/** Contacts shown at first, newest first: a partner of a large record can have thousands. */
const EVENTS_PAGE = 20;

type EventsProps = Pick<PartnerProfileProps, 'lookups' | 'selectedId' | 'eventHref'> & { profile: Profile };

function ProfileEvents({ profile, lookups, selectedId, eventHref }: EventsProps) {
  const { t, lang, date, number } = useI18n();
  const [limit, setLimit] = useState(EVENTS_PAGE);
  const total = profile.items.length;
  const shown = profile.items.slice(Math.max(0, total - limit)).reverse();
  return (
    <section className="profile-events">
      <h3 className="profile-subheading">{t('profile.events')}</h3>
      <ol className="profile-events-items" reversed>
        {shown.map(({ event }) => (
          <li key={event.id} data-event={event.id}>
            <time dateTime={event.date}>{date(event.date)}</time>{' '}
            <NavLink href={eventHref(event.id)} aria-current={event.id === selectedId ? 'true' : undefined}>{event.title[lang]}</NavLink>
            {lookups.places.get(event.place) && <span className="profile-events-place"> · {lookups.places.get(event.place)?.name[lang]}</span>}
          </li>
        ))}
      </ol>
      {total > shown.length && (
        <p className="profile-note">
          {t('profile.events.paging', { shown: number(shown.length), total: number(total) })}{' '}
          <button type="button" className="profile-more" onClick={() => setLimit(limit + 5 * EVENTS_PAGE)}>
            {t('profile.events.more')}
          </button>
        </p>
      )}
    </section>
  );
}
