import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import { EmbedDialog } from './EmbedDialog.tsx';

const URL_ = 'https://news.example/contacts/index.html?country=RU&type=visit&embed=1';

function renderDialog(lang: 'fr' | 'en' = 'fr', title = 'Contacts du Mali') {
  const onClose = vi.fn();
  render(<I18nProvider lang={lang}><EmbedDialog embedUrl={URL_} title={title} onClose={onClose} /></I18nProvider>);
  return onClose;
}

const codes = () => screen.getAllByRole('textbox').map((el) => (el as HTMLTextAreaElement).value);

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('EmbedDialog', () => {
  it('is a labelled modal dialog offering an iframe code for the view', () => {
    renderDialog();
    expect(screen.getByRole('dialog', { name: 'Intégrer cette vue' })).toHaveAttribute('aria-modal', 'true');
    expect(codes()[0]).toBe(
      '<iframe src="https://news.example/contacts/index.html?country=RU&amp;type=visit&amp;embed=1" title="Contacts du Mali" width="100%" height="600" loading="lazy" style="border:0"></iframe>',
    );
  });

  it('opens as a native modal dialog, so the page behind is inert', () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    renderDialog();
    const dialog = screen.getByRole('dialog');
    expect(dialog.tagName).toBe('DIALOG');
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(dialog).toHaveAttribute('open');
    showModal.mockRestore();
  });

  it("closes on the browser's own close request (cancel) and on a click on the dimmed page", () => {
    const onClose = renderDialog();
    const dialog = screen.getByRole('dialog');
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    fireEvent.click(dialog);
    fireEvent.click(screen.getByRole('heading', { name: 'Intégrer cette vue' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('offers a pym.js code using the copy of pym.js served with the dashboard', () => {
    renderDialog();
    expect(codes()[1]).toBe([
      '<div id="contacts-embed"></div>',
      '<script src="https://news.example/contacts/vendor/pym.v1.min.js"></script>',
      `<script>new pym.Parent("contacts-embed", "${URL_}", {title: "Contacts du Mali"});</script>`,
      // Where the host's scripts do not run, the plain frame (issue 19).
      `<noscript>${codes()[0]}</noscript>`,
    ].join('\n'));
  });

  it('escapes a title that would break out of the pasted code', () => {
    renderDialog('fr', 'A "B" </script><b>');
    const [iframe, pym] = codes();
    expect(iframe).toContain('title="A &quot;B&quot; &lt;/script&gt;&lt;b&gt;"');
    expect(pym).not.toContain('</script><b>');
    expect(pym).toContain('{title: "A \\"B\\" \\u003c/script>\\u003cb>"}');
  });

  it('copies the code and announces it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    renderDialog('en');
    fireEvent.click(screen.getByRole('button', { name: 'Copy the pym.js code' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
    expect(writeText).toHaveBeenCalledWith(codes()[1]);
  });

  it('selects the code for Ctrl+C when the clipboard is refused', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')));
    renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Copier le code iframe' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Ctrl+C'));
    const area = screen.getAllByRole('textbox')[0] as HTMLTextAreaElement;
    expect(area).toHaveFocus();
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
  });

  it('closes on Escape and with its close button', () => {
    const onClose = renderDialog();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps Tab inside the dialog', () => {
    renderDialog();
    const close = screen.getByRole('button', { name: 'Fermer' });
    close.focus();
    fireEvent.keyDown(close, { key: 'Tab' });
    expect(screen.getAllByRole('textbox')[0]).toHaveFocus();
  });
});

function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>Intégrer</button>
      {open && <EmbedDialog embedUrl={URL_} title="T" onClose={() => setOpen(false)} />}
    </>
  );
}

describe('EmbedDialog focus', () => {
  it('moves focus into the dialog and back to the opener on close', () => {
    render(<I18nProvider lang="fr"><Opener /></I18nProvider>);
    const opener = screen.getByRole('button', { name: 'Intégrer' });
    opener.focus();
    act(() => opener.click());
    expect(screen.getByRole('dialog')).toContainElement(document.activeElement as HTMLElement);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });
});
