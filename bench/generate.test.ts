import { describe, expect, it } from 'vitest';
import { quickParseDataset } from '../src/model/quick-parse.ts';
import { parseDataset } from '../src/model/validate.ts';
import { generateDataset } from './generate.ts';

describe('generateDataset', () => {
  it('gives the same file for the same size and seed, and another for another seed', () => {
    const a = JSON.stringify(generateDataset(500, 7));
    expect(JSON.stringify(generateDataset(500, 7))).toBe(a);
    expect(JSON.stringify(generateDataset(500, 8))).not.toBe(a);
  });

  it('is a valid dataset of the asked size, with zero problems', () => {
    const { data, problems } = parseDataset(generateDataset(2_000, 1));
    expect(problems).toEqual([]);
    expect(data?.events).toHaveLength(2_000);
    // The page takes the zod-free path for it, as for any clean file.
    expect(quickParseDataset(generateDataset(2_000, 1))).toStrictEqual(data);
  });

  it('spreads over many partners, places, years and date precisions', () => {
    const { events } = generateDataset(2_000, 1);
    expect(new Set(events.map((e) => e.partner)).size).toBeGreaterThan(100);
    expect(new Set(events.map((e) => e.place)).size).toBeGreaterThan(200);
    expect(new Set(events.map((e) => e.date.slice(0, 4))).size).toBeGreaterThan(30);
    expect(new Set(events.map((e) => e.date.length))).toEqual(new Set([4, 7, 10]));
  });
});
