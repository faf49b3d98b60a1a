// A link to another view of this page (a partner's record, an event): a real
// address, so it can be opened in a new tab or copied, that the app follows in
// place (app/useInPageLinks.ts) instead of reloading the page.
import type { ReactNode } from 'react';

export interface NavLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
  'aria-current'?: 'true' | 'page';
  /** The link names only a partner: followed in place, it opens that record over the current view. */
  partnerOnly?: boolean;
}

export function NavLink({ href, children, partnerOnly = false, ...rest }: NavLinkProps) {
  return <a href={href} data-nav={partnerOnly ? 'partner' : ''} {...rest}>{children}</a>;
}
