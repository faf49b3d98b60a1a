// `npm run gen-schema`: writes data/schema.json from the zod schema, so the
// published JSON Schema and the runtime validator cannot drift apart
// (scripts/gen-schema.test.ts fails when the file is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema } from '../src/model/schema.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../data/schema.json', import.meta.url));

/** The exact text data/schema.json must hold. */
export function schemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
