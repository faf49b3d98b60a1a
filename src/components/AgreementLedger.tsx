// What was signed with a partner: each agreement with its field and status
// where known, the contact it was signed during, and that contact's sources.
import { useId } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { LedgerEntry } from '../model/agreement-ledger.ts';
import type { Lookups } from '../model/lookups.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { SafeLink } from './SafeLink.tsx';
import { NavLink } from './NavLink.tsx';

export interface AgreementLedgerProps {
  entries: LedgerEntry[];
  lookups: Lookups;
  eventHref: (id: string) => string;
}

export function AgreementLedger({ entries, lookups, eventHref }: AgreementLedgerProps) {
  const { t, lang, date } = useI18n();
  const titleId = useId();
  /** Known words in the reader's language; any other field as the file writes it. */
  const word = (key: string, fallback: string) => (t(key as MessageKey) === key ? fallback : t(key as MessageKey));
  return (
    <section className="profile-ledger" aria-labelledby={titleId}>
      <h3 id={titleId} className="profile-subheading">{t('profile.agreements')}</h3>
      {entries.length === 0 ? <p className="profile-note">{t('profile.agreements.none')}</p> : (
        <ol className="profile-ledger-items">
          {entries.map(({ agreement, contact }, k) => (
            <li key={`${contact.event.id}:${k}`}>
              <p className="profile-ledger-title">
                {agreement.url ? <SafeLink href={agreement.url}>{agreement.title[lang]}</SafeLink> : agreement.title[lang]}
              </p>
              <p className="profile-ledger-meta">
                {agreement.field && <span>{t('profile.agreement.field', { value: word(`agreement.field.${agreement.field}`, agreement.field) })}</span>}
                {agreement.status && <span>{t('profile.agreement.status', { value: word(`agreement.status.${agreement.status}`, agreement.status) })}</span>}
              </p>
              <p className="profile-ledger-during">
                {t('profile.agreement.during', { contact: '\u0000', date: date(contact.event.date) }).split('\u0000').flatMap((part, i) =>
                  i === 0 ? [part] : [<NavLink key={i} href={eventHref(contact.event.id)}>{contact.event.title[lang]}</NavLink>, part])}
              </p>
              <p className="profile-ledger-sources">
                {t('profile.agreement.sources')}{' '}
                {contact.event.sources.map((cite, i) => {
                  const source = lookups.sources.get(cite.source);
                  return <span key={`${cite.source}:${i}`}>{i > 0 && ' ; '}<SafeLink href={source?.url}>{source?.publisher ?? cite.source}</SafeLink></span>;
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
