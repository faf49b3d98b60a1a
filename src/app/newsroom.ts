// The newsroom's looks as the build made them (newsroom.config.json,
// docs/newsroom.md): which named looks a `look=` may pick, and each one's credit line.
import { credits } from 'virtual:newsroom';
import type { Lang } from '../model/patterns.ts';
import { creditFor } from '../theme.ts';

/** The named looks; the newsroom's default look has none. */
export const LOOKS: ReadonlySet<string> = new Set(Object.keys(credits).filter((name) => name !== ''));

/** The credit line of a look (null: the default look) in a language, or null when the newsroom set none. */
export const newsroomCredit = (look: string | null, lang: Lang): string | null => creditFor(credits, look, lang);
