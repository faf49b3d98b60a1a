import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeLink } from './SafeLink.tsx';

describe('SafeLink', () => {
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/relative/path',
  ])('shows %s as plain text, not a link', (href) => {
    const { container } = render(<SafeLink href={href}>Article</SafeLink>);
    expect(screen.getByText('Article')).toBeInTheDocument();
    expect(container.querySelector('a')).toBeNull();
  });

  it('shows the address itself when there is no link text', () => {
    render(<SafeLink href="javascript:alert(1)" />);
    expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it.each(['https://www.maliweb.net/a?b=1', 'http://example.org/'])('links %s in a new tab without opener or referrer', (href) => {
    render(<SafeLink href={href}>Article</SafeLink>);
    const link = screen.getByRole('link', { name: 'Article' });
    expect(link).toHaveAttribute('href', href);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
