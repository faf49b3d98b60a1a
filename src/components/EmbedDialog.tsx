// The "Embed" dialog: ready codes for the current view with copy buttons.
// Loaded lazily by the app, so this module does nothing when imported.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject, type SyntheticEvent } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { MessageKey } from '../i18n/catalogue.ts';
import { iframeSnippet, pymSnippet } from './embed-snippets.ts';
import './EmbedDialog.css';

export interface EmbedDialogProps {
  /** Absolute URL of the current view with embed=1. */
  embedUrl: string;
  /** The dataset title, for the iframe's title attribute. */
  title: string;
  onClose: () => void;
}

type Announce = (key: MessageKey) => void;

/** Copies with the Clipboard API; where it is missing or refused, selects the text for Ctrl+C. */
async function copyText(area: HTMLTextAreaElement, announce: Announce): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(area.value);
    announce('embed.copied');
  } catch {
    area.focus();
    area.select();
    announce('embed.copy.manual');
  }
}

interface SnippetProps {
  label: MessageKey;
  note: MessageKey;
  copyLabel: MessageKey;
  code: string;
  announce: Announce;
}

function Snippet({ label, note, copyLabel, code, announce }: SnippetProps) {
  const { t } = useI18n();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="embed-snippet">
      <label htmlFor={id}>{t(label)}</label>
      <textarea id={id} ref={area} readOnly value={code} rows={4} spellCheck={false} aria-describedby={`${id}-note`} />
      <p id={`${id}-note`} className="embed-note">{t(note)}</p>
      <button type="button" aria-label={t(copyLabel)} onClick={() => { if (area.current) void copyText(area.current, announce); }}>
        {t('embed.copy')}
      </button>
    </div>
  );
}

const FOCUSABLE = 'button, textarea, a[href], input, select, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab among the dialog's controls rather than letting it reach the browser's own. */
function trapTab(event: KeyboardEvent<HTMLDialogElement>): void {
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
  else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
}

/**
 * Opens the native dialog as a modal (showModal: the page behind is inert, for
 * the pointer, the keyboard and assistive technology alike), focuses its first
 * code, and on close gives focus back to whatever opened it.
 */
function useModal(dialog: RefObject<HTMLDialogElement | null>): void {
  useEffect(function openAsModal() {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    element?.querySelector<HTMLElement>('textarea')?.focus();
    return function closeAndRefocusOpener() {
      if (element?.open) element.close();
      opener?.focus();
    };
  }, [dialog]);
}

export function EmbedDialog({ embedUrl, title, onClose }: EmbedDialogProps) {
  const { t } = useI18n();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  useModal(dialog);
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); onClose(); }
    else if (event.key === 'Tab') trapTab(event);
  };
  // The browser's own close request (Escape, a phone's back gesture): the app closes it, by unmounting.
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => { event.preventDefault(); onClose(); };
  // A click on the dialog element itself, not on its content, is a click on the dimmed page around it.
  const onClick = (event: MouseEvent<HTMLDialogElement>) => { if (event.target === event.currentTarget) onClose(); };
  return (
    <dialog ref={dialog} className="embed-dialog" aria-modal="true" aria-labelledby={titleId}
      onKeyDown={onKeyDown} onCancel={onCancel} onClick={onClick}>
      <div className="embed-dialog-body">
        <h2 id={titleId}>{t('embed.dialog.title')}</h2>
        <p>{t('embed.dialog.intro')}</p>
        <Snippet label="embed.iframe.label" note="embed.iframe.note" copyLabel="embed.copy.iframe" code={iframeSnippet(embedUrl, title)} announce={setStatus} />
        <Snippet label="embed.pym.label" note="embed.pym.note" copyLabel="embed.copy.pym" code={pymSnippet(embedUrl, title)} announce={setStatus} />
        <p className="embed-status" role="status" aria-live="polite">{status ? t(status) : ''}</p>
        <button type="button" className="embed-close" onClick={onClose}>{t('embed.close')}</button>
      </div>
    </dialog>
  );
}
