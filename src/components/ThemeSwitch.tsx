// The page's theme control (full page only; an embed takes its theme from the
// embed code). Its value is the URL's `theme=` like every other control.
import { useId } from 'react';
import { useI18n } from '../i18n/react.tsx';
import { THEMES, type Theme } from '../model/url-state.ts';

export function ThemeSwitch({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <span className="theme-switch">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select id={id} value={theme} onChange={(e) => onChange(e.target.value as Theme)}>
        {THEMES.map((name) => <option key={name} value={name}>{t(`theme.${name}`)}</option>)}
      </select>
    </span>
  );
}
