// Quick picks for the period: the whole span, each year, the last 12 months of
// the data (not of today: a dataset may end years ago), and each month when the
// span is short enough for months to be the useful unit.

export interface DatePreset {
  kind: 'all' | 'year' | 'last12' | 'month';
  from: string | null;
  to: string | null;
}

/** Months a span must not exceed for month presets to be offered. */
const MONTH_PRESETS_MAX = 12;
/** Years a span must not exceed for year presets: a 160-year record made a wall of 160 buttons. */
const YEAR_PRESETS_MAX = 10;

const pad = (n: number) => String(n).padStart(2, '0');
/** YYYY-MM of a month counted from year 0. */
const monthText = (m: number) => `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

export function datePresets(span: { first: string; last: string }): DatePreset[] {
  const firstMonth = monthIndex(span.first);
  const lastMonth = monthIndex(span.last);
  if (!Number.isFinite(firstMonth) || !Number.isFinite(lastMonth) || lastMonth < firstMonth) return [];
  const presets: DatePreset[] = [{ kind: 'all', from: null, to: null }];
  const firstYear = Math.floor(firstMonth / 12);
  const lastYear = Math.floor(lastMonth / 12);
  if (lastYear > firstYear && lastYear - firstYear < YEAR_PRESETS_MAX) {
    for (let y = firstYear; y <= lastYear; y++) presets.push({ kind: 'year', from: String(y), to: String(y) });
  }
  const months = lastMonth - firstMonth + 1;
  if (months > 12) presets.push({ kind: 'last12', from: monthText(lastMonth - 11), to: monthText(lastMonth) });
  if (months <= MONTH_PRESETS_MAX && months > 1) {
    for (let m = firstMonth; m <= lastMonth; m++) presets.push({ kind: 'month', from: monthText(m), to: monthText(m) });
  }
  return presets;
}
