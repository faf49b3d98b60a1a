import { describe, expect, it } from 'vitest';
import { describeProblem, problemLocation, problemReason } from './problems.ts';
import { parseDatasetText } from './parse-text.ts';
import type { Action, Problem, ProblemCode } from './problem-codes.ts';

const badDay: Problem = { severity: 'error', action: 'left_out', section: 'events', index: 3, id: 'ru-kazan', field: 'date', code: 'bad_date', value: '2025-02-30' };

describe('problemLocation', () => {
  it.each<[Problem, string, string]>([
    [badDay, 'events[3] (id "ru-kazan"), field "date"', 'events[3] (id « ru-kazan »), champ « date »'],
    [{ severity: 'error', action: 'left_out', section: 'places', index: 0, field: '', code: 'invalid_type' }, 'places[0]', 'places[0]'],
    [{ severity: 'error', action: 'left_out', section: 'events', field: '', code: 'missing_array' }, 'the list "events"', 'la liste « events »'],
    [{ severity: 'error', action: 'left_out', section: 'header', field: 'home', code: 'unknown_reference' }, 'field "home"', 'champ « home »'],
    [{ severity: 'error', action: 'left_out', section: 'file', field: '', code: 'not_json' }, 'the file', 'le fichier'],
  ])('names where to look, in both languages', (problem, en, fr) => {
    expect(problemLocation(problem)).toBe(en);
    expect(problemLocation(problem, 'fr')).toBe(fr);
  });
});

describe('describeProblem', () => {
  it('writes the example line of the brief', () => {
    expect(describeProblem(badDay, 'en')).toBe(
      'events[3] (id "ru-kazan"), field "date": "2025-02-30" is not a real calendar date — write YYYY, YYYY-MM or YYYY-MM-DD → contact left out');
    expect(describeProblem(badDay, 'fr')).toBe(
      'events[3] (id « ru-kazan »), champ « date » : « 2025-02-30 » n’est pas une date du calendrier — écrire AAAA, AAAA-MM ou AAAA-MM-JJ → contact écarté');
  });

  it('tells how to fix a bad form, by field', () => {
    const url: Problem = { severity: 'error', action: 'left_out', section: 'sources', index: 0, field: 'url', code: 'bad_format', value: 'javascript:alert(1)' };
    expect(problemReason(url, 'en')).toBe('"javascript:alert(1)" is not in the expected form — write a web address starting with https://');
    const partner: Problem = { severity: 'error', action: 'left_out', section: 'partners', index: 1, field: 'id', code: 'bad_format', value: 'russia' };
    expect(problemReason(partner, 'en')).toContain('"ICRC"');
  });

  it('names the list a dangling reference should be in, and the allowed values', () => {
    expect(problemReason({ severity: 'error', action: 'left_out', section: 'events', index: 1, field: 'sources.0.source', code: 'unknown_reference', value: 'x' }, 'en'))
      .toBe('"x" is not in the list "sources"');
    expect(problemReason({ severity: 'error', action: 'left_out', section: 'events', index: 1, field: 'type', code: 'bad_value', value: 'party', detail: 'visit, talks' }, 'fr'))
      .toBe('« party » n’est pas permis — utiliser l’une des valeurs : visit, talks');
  });

  it('shows coordinates as numbers with their range', () => {
    expect(problemReason({ severity: 'error', action: 'left_out', section: 'places', index: 0, field: 'lat', code: 'out_of_range', value: '95' }, 'en')).toBe('95 is out of range (-90 … 90)');
  });

  const codes: ProblemCode[] = ['not_json', 'not_object', 'schema_version', 'missing_array', 'missing', 'invalid_type', 'too_long',
    'too_short', 'bad_format', 'bad_value', 'bad_date', 'end_before_date', 'out_of_range', 'name_required', 'duplicate_id',
    'unknown_reference', 'not_verbatim', 'source_file_missing', 'missing_column', 'unknown_column', 'csv_syntax'];
  it.each(codes)('has different, non-empty wording in each language for %s', (code) => {
    const p: Problem = { severity: 'error', action: 'left_out', section: 'events', index: 0, field: 'title', code, detail: '2', value: 'v' };
    const [en, fr] = [describeProblem(p, 'en'), describeProblem(p, 'fr')];
    expect(en).not.toMatch(/undefined|\?$/);
    expect(fr).not.toMatch(/undefined|\?$/);
    expect(en).not.toBe(fr);
  });

  it('describes what the validator finds in a broken file', () => {
    const { problems } = parseDatasetText('{"schema": 1, "title": {"fr": "a", "en": "b"}, "focus": "ML", "home": "x", "updated": "2026-01-01", "sources": [], "partners": [], "places": [], "events": [{"id": "Bad Id"}]}');
    const lines = problems.map((p) => describeProblem(p, 'en'));
    expect(lines).toContain('field "home": "x" is not in the list "places" → ignored');
    expect(lines).toContain('events[0] (id "Bad Id"), field "id": "Bad Id" is not in the expected form — use lower-case letters, digits and hyphens, e.g. "ru-kremlin-talks" → contact left out');
    expect(lines).toContain('events[0] (id "Bad Id"), field "date": missing → contact left out');
  });
});

describe('unreadable JSON', () => {
  it('says where the file stops being JSON, in the reader’s language only', () => {
    const [problem] = parseDatasetText('{\n"schema": 1,\n oops\n}').problems;
    expect(problem?.code).toBe('not_json');
    expect(describeProblem(problem as Problem, 'fr')).toBe('le fichier : pas du JSON valide (ligne 3, colonne 2) → rien ne peut être affiché');
    expect(describeProblem(problem as Problem, 'en')).toBe('the file: not valid JSON (line 3, column 2) → nothing can be shown');
  });

  it('points at the end of a truncated file', () => {
    const [problem] = parseDatasetText('{"schema": 1,\n"events": [').problems;
    expect(describeProblem(problem as Problem, 'en')).toBe('the file: not valid JSON (line 2, column 12) → nothing can be shown');
  });
});

describe('what was done', () => {
  const actions: Action[] = ['left_out', 'unreadable', 'ignored', 'no_link', 'no_date', 'named_by_id', 'display_name', 'as_organisation',
    'off_map', 'unknown_place', 'no_country', 'no_lang', 'not_checked', 'read_as_is'];
  it.each(actions)('%s is worded in each language, differently, at the end of the line', (action) => {
    const p: Problem = { severity: action === 'left_out' ? 'error' : 'warning', action, section: 'sources', index: 0, field: 'url', code: 'bad_format', value: 'x' };
    const [en, fr] = [describeProblem(p, 'en'), describeProblem(p, 'fr')];
    expect(en).toMatch(/ → \S.*[^ ]$/);
    expect(fr).toMatch(/ → \S.*[^ ]$/);
    expect(en.split(' → ')[1]).not.toBe(fr.split(' → ')[1]);
  });

  it('says how many contacts citing a missing record are kept', () => {
    const p: Problem = { severity: 'warning', action: 'display_name', section: 'events', index: 0, field: 'partner', code: 'unknown_reference', value: 'RU', detail: '5' };
    expect(describeProblem(p, 'en')).toBe('events[0], field "partner": "RU" is not in the list "partners" → 5 contacts kept: named from its country code');
    expect(describeProblem(p, 'fr')).toBe('events[0], champ « partner » : « RU » ne figure pas dans la liste « partners » → 5 contacts conservés : nommé d’après son code pays');
  });
});
