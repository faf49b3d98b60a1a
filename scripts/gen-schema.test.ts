import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, schemaText } from './gen-schema.ts';

type Node = { type?: string; additionalProperties?: unknown; properties?: Record<string, Node>; items?: Node };

describe('data/schema.json', () => {
  it('is what src/model/schema.ts generates (run `npm run gen-schema` after changing the schema)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
  });

  it('lets a newsroom add fields: no object forbids extra properties', () => {
    const forbidding: string[] = [];
    const walk = (node: Node, path: string) => {
      if (node.additionalProperties === false) forbidding.push(path);
      for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, `${path}.${key}`);
      if (node.items) walk(node.items, `${path}[]`);
    };
    walk(JSON.parse(schemaText()) as Node, '$');
    expect(forbidding).toEqual([]);
  });

  it('requires every section and event field the contract names', () => {
    const schema = JSON.parse(schemaText()) as { required: string[]; properties: { events: { items: { required: string[] } } } };
    expect(schema.required).toEqual(expect.arrayContaining(['schema', 'title', 'focus', 'home', 'updated', 'sources', 'partners', 'places', 'events']));
    expect(schema.properties.events.items.required).toEqual(
      expect.arrayContaining(['id', 'date', 'dateBasis', 'partner', 'place', 'type', 'title', 'people', 'sources']));
  });
});
