import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeEarlyResponse } from './early-fetch.ts';
import { fetchText } from './fetch-text.ts';

function startEarly(path: string, body: string) {
  const controller = new AbortController();
  const response = Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  window.__contactsEarlyData = { url: new URL(path, window.location.href).href, response, controller };
  return controller;
}

afterEach(() => {
  delete window.__contactsEarlyData;
  vi.restoreAllMocks();
});

describe('takeEarlyResponse', () => {
  it('hands over the early request for the same file once', () => {
    startEarly('/data/other.json', '{}');
    expect(takeEarlyResponse('/data/elsewhere.json')).toBeNull();
    expect(takeEarlyResponse('data/other.json')).not.toBeNull();
    expect(takeEarlyResponse('data/other.json')).toBeNull();
  });

  it('aborts the early request when its adopter aborts', () => {
    const controller = startEarly('/x.json', '{}');
    takeEarlyResponse('/x.json')?.abort();
    expect(controller.signal.aborted).toBe(true);
  });
});

describe('fetchText with an early request', () => {
  it('reads the early response instead of asking the server again', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    startEarly('/early.json', '{"schema":1}');
    await expect(fetchText('/early.json')).resolves.toEqual({ text: '{"schema":1}', encoding: 'utf-8' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
