// A short, dismissible notice: values ignored in the link. Problems in the
// data have their own, loaded only for a file that has some (ProblemsNotice.tsx).
import { useState } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { Ignored } from '../model/url-state.ts';

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
