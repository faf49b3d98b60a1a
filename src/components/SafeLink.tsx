// Source addresses come from a data file anyone may write: only web addresses
// become links, so a `javascript:` or `data:` URL can never run or navigate.
import type { ReactNode } from 'react';

/** The normalised address when it is http(s), else null. */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null; // relative or malformed: not a link we can vouch for
  }
}

export interface SafeLinkProps {
  href: string | null | undefined;
  /** Link text; the address itself when absent. */
  children?: ReactNode;
  className?: string;
}

/** An http(s) link that opens in a new tab (embeds must not navigate the host); anything else as plain text. */
export function SafeLink({ href, children, className }: SafeLinkProps) {
  const safe = safeHref(href);
  const content = children ?? href ?? '';
  if (safe === null) return <span className={className}>{content}</span>;
  return (
    <a className={className} href={safe} target="_blank" rel="noopener noreferrer">
      {content}
    </a>
  );
}
