// The contract's fixed lists, without zod: the entry chunk needs them (URL codec,
// colours) but not the schema, which is loaded only when a file needs checking
// in full (zod is ~24 KiB gz of the first render: docs/bench.md).
export const EVENT_TYPES = ['visit', 'talks', 'audience', 'agreement', 'reception', 'cooperation'] as const;
export const DATE_BASES = ['stated', 'inferred', 'reported'] as const;
