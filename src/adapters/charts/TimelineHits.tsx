// One button per bucket, laid over its column: the keyboard path to pick a
// period. A single tab stop (roving tabindex) so 100 years are not 100 Tab
// presses: arrows move, Enter picks one bucket, Shift+Enter extends from the last pick.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/react.tsx';
import type { CountedRow } from './counts.ts';
import { orderedRange } from './timeline-data.ts';
import { TIMELINE_HEIGHT, TIMELINE_PLOT } from './geometry.ts';

interface TimelineHitsProps {
  rows: CountedRow[];
  width: number;
  onRange: (from: string, to: string) => void;
}

const STEPS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export function TimelineHits({ rows, width, onRange }: TimelineHitsProps) {
  const { t, plural } = useI18n();
  const [current, setCurrent] = useState(0);
  const anchor = useRef<string | null>(null);
  const group = useRef<HTMLDivElement>(null);
  const band = (width - TIMELINE_PLOT.left - TIMELINE_PLOT.right) / Math.max(1, rows.length);
  const keys = rows.map((r) => r.key);
  const pick = (key: string, extend: boolean) => {
    const from = extend && anchor.current !== null ? anchor.current : key;
    if (!extend) anchor.current = key;
    onRange(...orderedRange(keys, from, key));
  };
  const onKeyDown = (event: KeyboardEvent, i: number) => {
    const step = STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(i, rows.length);
    setCurrent(next);
    group.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };
  return (
    <div className="chart-hits" role="group" aria-label={t('charts.timeline.controls')} ref={group}>
      {rows.map((row, i) => (
        <button
          key={row.key} type="button" className="chart-hit" data-period={row.key}
          tabIndex={i === Math.min(current, rows.length - 1) ? 0 : -1}
          style={{ left: TIMELINE_PLOT.left + i * band, width: band, top: TIMELINE_PLOT.top, height: TIMELINE_HEIGHT - TIMELINE_PLOT.top - TIMELINE_PLOT.bottom }}
          onClick={(event) => pick(row.key, event.shiftKey)}
          onKeyDown={(event) => onKeyDown(event, i)}
          onFocus={() => setCurrent(i)}
        >
          {`${row.label}, ${plural('count.contacts', row.total)}`}
        </button>
      ))}
    </div>
  );
}
