// The measures of a partner's record as a list of terms and values: contacts,
// first and last, days since (to the record's update), longest silence, where.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { PartnerProfile } from '../model/partner-profile.ts';
import type { ContactMoment } from '../model/contact-moments.ts';
import { NavLink } from './NavLink.tsx';

export interface ProfileFactsProps {
  profile: PartnerProfile;
  /** The record's `updated` date, or null. */
  updated: string | null;
  focusName: string;
  eventHref: (id: string) => string;
}

function Fact({ term, children, name }: { term: string; children: ReactNode; name: string }) {
  return <div className="profile-fact" data-fact={name}><dt>{term}</dt><dd>{children}</dd></div>;
}

function Moment({ moment, eventHref }: { moment: ContactMoment; eventHref: (id: string) => string }) {
  const { date, lang } = useI18n();
  return (
    <>
      <time dateTime={moment.date}>{date(moment.date)}</time>
      <span className="profile-fact-detail"><NavLink href={eventHref(moment.item.event.id)}>{moment.item.event.title[lang]}</NavLink></span>
    </>
  );
}

export function ProfileFacts({ profile, updated, focusName, eventHref }: ProfileFactsProps) {
  const { t, plural, date, lang, number } = useI18n();
  const { silence, abroad } = profile;
  return (
    <dl className="profile-facts">
      <Fact name="contacts" term={t('profile.contacts')}>{number(profile.items.length)}</Fact>
      <Fact name="first" term={t('profile.first')}><Moment moment={profile.first} eventHref={eventHref} /></Fact>
      <Fact name="last" term={t('profile.last')}><Moment moment={profile.last} eventHref={eventHref} /></Fact>
      <Fact name="since" term={t('profile.since')}>
        {profile.daysSince === null || updated === null
          ? t('profile.since.unknown')
          : plural('profile.since.value', profile.daysSince, { date: date(updated) })}
      </Fact>
      <Fact name="silence" term={t('profile.silence')}>
        {silence === null ? t('profile.silence.none') : (
          <>
            {plural('profile.silence.value', silence.days)}
            <span className="profile-fact-detail">{t('profile.silence.between', {
              before: silence.before.event.title[lang], beforeDate: date(silence.before.event.end ?? silence.before.event.date),
              after: silence.after.event.title[lang], afterDate: date(silence.after.event.date),
            })}</span>
          </>
        )}
      </Fact>
      <Fact name="abroad" term={t('profile.abroad')}>
        {number(abroad.abroad)}
        {abroad.abroad > 0 && (
          <span className="profile-fact-detail">
            {t('profile.abroad.detail', { inPartner: abroad.inPartnerCountry })}
            {abroad.trips > 0 && ` · ${plural('profile.trips', abroad.trips)}`}
          </span>
        )}
      </Fact>
      <Fact name="home" term={t('profile.home', { focus: focusName })}>{number(abroad.home)}</Fact>
    </dl>
  );
}
