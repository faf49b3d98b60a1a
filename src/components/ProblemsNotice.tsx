// The problems of a dataset, as the validator listed them (docs/dataset.md,
// "Repairs"): a summary that counts contacts left out and fields repaired,
// then each problem with where it is and what was done. Loaded only for a
// file that has problems, so a clean file's first screen carries none of the wording.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/react.tsx';
import { contactsLeftOut, type Problem } from '../model/problem-codes.ts';
import { describeProblem } from '../model/problems.ts';
import './notices.css';

const SHOWN_PROBLEMS = 100;

/** The problems as lines, for the notice and the failure screen. */
export function ProblemLines({ problems, max = SHOWN_PROBLEMS }: { problems: Problem[]; max?: number }) {
  const { lang, t } = useI18n();
  return (
    <ul>
      {problems.slice(0, max).map((p, i) => (
        <li key={i} className={`problem problem-${p.severity}`}>
          <span className="problem-severity">{t(`problems.${p.severity}`)}</span> {describeProblem(p, lang)}
        </li>
      ))}
    </ul>
  );
}

interface ProblemsNoticeProps {
  problems: Problem[];
  /** Bumped by the count's "see the problems": opens the list, shows it again if dismissed, and brings it into view. */
  reveal: number;
}

/** "3 problèmes dans les données : 1 contact écarté, 2 champs corrigés à l’affichage". */
function useSummary(problems: Problem[]): string {
  const { plural, lang } = useI18n();
  const contacts = contactsLeftOut(problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const items = errors - problems.filter((p) => p.severity === 'error' && p.section === 'events' && p.index !== undefined).length;
  const warnings = problems.length - errors;
  const parts = [
    contacts > 0 ? plural('frame.leftOut', contacts) : '',
    items > 0 ? plural('problems.itemsLeftOut', items) : '',
    warnings > 0 ? plural('problems.repaired', warnings) : '',
  ].filter((s) => s !== '');
  return `${plural('problems.summary', problems.length)}${parts.length > 0 ? `${lang === 'fr' ? ' : ' : ': '}${parts.join(', ')}` : ''}`;
}

export function ProblemsNotice({ problems, reveal }: ProblemsNoticeProps) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  const [open, setOpen] = useState(false);
  const summary = useSummary(problems);
  const box = useRef<HTMLDivElement>(null);
  const [seenReveal, setSeenReveal] = useState(reveal);
  if (reveal !== seenReveal) {
    setSeenReveal(reveal);
    setDismissed(false);
    setOpen(true);
  }
  useEffect(function bringProblemsIntoView() {
    if (reveal > 0) box.current?.querySelector('summary')?.focus();
  }, [reveal]);
  if (dismissed || problems.length === 0) return null;
  return (
    <div className="notice notice-problems" role="status" ref={box}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{summary}</summary>
        <ProblemLines problems={problems} />
        {problems.length > SHOWN_PROBLEMS && <p>{t('problems.more', { n: problems.length - SHOWN_PROBLEMS })}</p>}
      </details>
      <button type="button" className="notice-dismiss" onClick={() => setDismissed(true)} aria-label={t('notice.dismiss')}>×</button>
    </div>
  );
}
