// A small timeline of one partner's contacts: a dot per contact on a line
// from the first to the last, month-only dates drawn as a bar over the month.
// Seen, not read: the list of its contacts below says the same in words.
import type { IndexedEvent } from '../model/event-index.ts';
import type { ContactMoment } from '../model/contact-moments.ts';
import { TYPE_VARS } from '../theme.ts';
import { useI18n } from '../i18n/react.tsx';

const WIDTH = 600;
const HEIGHT = 36;
const PAD = 10;

/** One mark per contact, but no two dots on the same pixel: a partner of a large record has thousands. */
function marks(items: readonly IndexedEvent[], x: (day: number) => number): IndexedEvent[] {
  if (items.length <= WIDTH) return [...items];
  const taken = new Set<string>();
  return items.filter((i) => {
    const key = `${Math.round(x(i.start))}:${Math.round(x(i.end))}:${i.event.type}`;
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
}

export interface ContactStripProps { items: readonly IndexedEvent[]; first: ContactMoment; last: ContactMoment }

export function ContactStrip({ items, first: from, last: to }: ContactStripProps) {
  const { t, date } = useI18n();
  const first = from.day;
  const span = Math.max(1, to.day - first);
  const x = (day: number) => PAD + ((day - first) / span) * (WIDTH - 2 * PAD);
  return (
    <figure className="profile-strip">
      <figcaption className="profile-subheading">{t('profile.timeline')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT / 2} y2={HEIGHT / 2} className="profile-strip-axis" />
        {marks(items, x).map((i) => (i.end - i.start >= 1
          ? <rect key={i.event.id} x={x(i.start)} width={Math.max(3, x(i.end) - x(i.start))} y={HEIGHT / 2 - 5} height={10}
              fill={TYPE_VARS[i.event.type]} fillOpacity={0.55} />
          : <circle key={i.event.id} cx={x(i.start)} cy={HEIGHT / 2} r={5} fill={TYPE_VARS[i.event.type]} stroke="var(--bg)" strokeWidth={1} />))}
      </svg>
      <p className="profile-strip-ends" aria-hidden="true">
        <span>{date(from.date, 'short')}</span>
        <span>{date(to.date, 'short')}</span>
      </p>
    </figure>
  );
}
