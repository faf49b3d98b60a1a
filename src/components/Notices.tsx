// Short, dismissible notices: values ignored in the link, problems in the data.
import { useState } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { Ignored } from '../model/url-state.ts';
import type { Problem } from '../model/problem-codes.ts';
import { describeProblem } from '../model/problems.ts';

const SHOWN_PROBLEMS = 100;

export function IgnoredNotice({ ignored }: { ignored: Ignored[] }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || ignored.length === 0) return null;
  const parts = ignored.slice(0, 8).map((i) => `${i.param}=${i.value.slice(0, 40)} (${t(`url.reason.${i.reason}` as const)})`);
  return (
    <div className="notice notice-url" role="status">
      <span>{t('url.ignored')} {parts.join(' ; ')}{ignored.length > 8 ? ' …' : ''}</span>
      <button type="button" className="notice-dismiss" onClick={() => setDismissed(true)} aria-label={t('notice.dismiss')}>×</button>
    </div>
  );
}

export function ProblemsNotice({ problems }: { problems: Problem[] }) {
  const { lang, plural, t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || problems.length === 0) return null;
  return (
    <div className="notice notice-problems" role="status">
      <details>
        <summary>{plural('problems.summary', problems.length)}</summary>
        <ul>
          {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => <li key={i}>{describeProblem(p, lang)}</li>)}
        </ul>
        {problems.length > SHOWN_PROBLEMS && <p>{t('problems.more', { n: problems.length - SHOWN_PROBLEMS })}</p>}
      </details>
      <button type="button" className="notice-dismiss" onClick={() => setDismissed(true)} aria-label={t('notice.dismiss')}>×</button>
    </div>
  );
}
