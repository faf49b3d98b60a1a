// Loading shows progress; a failure says why and offers a retry, never a spinner forever.
import type { FetchFailure } from '../adapters/data/fetch-text.ts';
import { useI18n } from '../i18n/react.tsx';
import type { Problem } from '../model/problem-codes.ts';
import { ProblemLines } from './problem-views.tsx';

export function Loading({ progress, loaded }: { progress: number | null; loaded: number }) {
  const { t, number } = useI18n();
  const label = progress !== null
    ? t('load.progress', { percent: `${Math.round(progress * 100)} %` })
    : loaded > 0 ? t('load.bytes', { kb: number(Math.round(loaded / 1024)) }) : t('app.loading');
  return (
    <main className="frame frame-loading" data-ready="false">
      <p role="status">{label}</p>
      <progress max={1} value={progress ?? undefined} aria-label={t('app.loading')} />
    </main>
  );
}

interface LoadFailedProps { failure: FetchFailure | null; problems: Problem[]; onRetry: () => void; onBundled: () => void }

export function LoadFailed({ failure, problems, onRetry, onBundled }: LoadFailedProps) {
  const { t } = useI18n();
  const why = failure === null
    ? t('load.failed.unreadable')
    : failure.reason === 'http' ? t('load.failed.http', { status: failure.status }) : t(`load.failed.${failure.reason}` as const);
  return (
    <main className="frame frame-failed" data-ready="false">
      <div role="alert">
        <p><strong>{t('load.failed')}</strong> {why}</p>
        {problems.length > 0 && <ProblemLines problems={problems} max={20} />}
      </div>
      <button type="button" onClick={onRetry}>{t('load.retry')}</button>{' '}
      <button type="button" onClick={onBundled}>{t('load.bundled')}</button>
    </main>
  );
}
