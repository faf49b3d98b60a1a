export declare const CHROME_CANDIDATES: readonly string[];
export declare function findChrome(env?: NodeJS.ProcessEnv): string | null;
