// The problems notice and lines are loaded only for a file that has problems:
// a clean file's first screen carries none of their wording.
import { lazyView, loadable } from './loadable.tsx';

const problemsModule = loadable(() => import('../components/ProblemsNotice.tsx'));

export const ProblemsNotice = lazyView(problemsModule, (m) => m.ProblemsNotice, () => null);
export const ProblemLines = lazyView(problemsModule, (m) => m.ProblemLines, () => null);
