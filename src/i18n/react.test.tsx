import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, useI18n } from './react.tsx';

function Title() {
  const { t } = useI18n();
  return <h1>{t('embed.dialog.title')}</h1>;
}

describe('useI18n', () => {
  it('speaks the language of the nearest provider', () => {
    render(<I18nProvider lang="en"><Title /></I18nProvider>);
    expect(screen.getByRole('heading')).toHaveTextContent('Embed this view');
  });

  it('throws a sentence naming I18nProvider outside one, instead of falling back to French', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the throw too
    expect(() => render(<Title />)).toThrow(/outside an <I18nProvider>/);
    quiet.mockRestore();
  });
});
