import { describe, expect, it } from 'vitest';
import { makeFakeFrame } from './fixtures.ts';
import { isEmbedded, measureContentHeight, reportHeightToParent } from './height.ts';

const isPlain = (m: unknown): m is { type: string; height: number } =>
  typeof m === 'object' && m !== null && 'type' in m && m.type === 'contacts-dashboard:height';
const plainHeights = (posted: unknown[]) => posted.filter(isPlain).map((m) => m.height);

describe('reportHeightToParent', () => {
  it('posts nothing and observes nothing when the page is not in a frame', () => {
    const frame = makeFakeFrame({ framed: false });
    expect(isEmbedded(frame.win)).toBe(false);
    const remove = reportHeightToParent(frame.win);
    frame.relayout();
    expect(frame.posted).toEqual([]);
    expect(frame.liveObservers()).toBe(0);
    remove();
  });

  it('sends the height in the pym.js, plain, Datawrapper and AMP formats', () => {
    const frame = makeFakeFrame({ search: '?country=RU&embed=1&initialWidth=640&childId=contacts-embed' });
    reportHeightToParent(frame.win);
    // 500 px of content plus body's 8 px bottom margin.
    expect(frame.posted).toEqual([
      'pymxPYMxcontacts-embedxPYMxheightxPYMx508',
      { type: 'contacts-dashboard:height', height: 508 },
      { 'datawrapper-height': { 'contacts-embed': 508 } },
      { sentinel: 'amp', type: 'embed-size', height: 508 },
    ]);
  });

  it('sends the pym.js string in the form pym.Parent parses', () => {
    const frame = makeFakeFrame({ search: '?childId=x1' });
    reportHeightToParent(frame.win);
    // The regex pym.js 1.3.2's Parent builds for its id (see _makeMessageRegex).
    const pymRegex = /^pymxPYMxx1xPYMx(\S+)xPYMx(.*)$/;
    const match = String(frame.posted[0]).match(pymRegex);
    expect(match?.slice(1)).toEqual(['height', '508']);
  });

  it('without a pym.js parent, sends no pym string and a default Datawrapper id', () => {
    const frame = makeFakeFrame({ search: '?embed=1' });
    reportHeightToParent(frame.win);
    expect(frame.posted.some((m) => typeof m === 'string')).toBe(false);
    expect(frame.posted).toContainEqual({ 'datawrapper-height': { 'contacts-dashboard': 508 } });
  });

  it('follows the content as it grows and shrinks, posting only on change', () => {
    const frame = makeFakeFrame();
    reportHeightToParent(frame.win);
    frame.relayout();
    expect(plainHeights(frame.posted)).toEqual([508]);
    frame.children.push({ tagName: 'DIV', height: 700 });
    frame.relayout();
    frame.children.pop();
    frame.children[0] = { tagName: 'DIV', height: 120 };
    frame.relayout();
    frame.relayout();
    expect(plainHeights(frame.posted)).toEqual([508, 1208, 128]);
  });

  it('listens to no message from the parent and stops when removed', () => {
    const frame = makeFakeFrame();
    const remove = reportHeightToParent(frame.win);
    expect([...frame.listeners.keys()]).not.toContain('message');
    remove();
    expect(frame.listeners.size).toBe(0);
    expect(frame.liveObservers()).toBe(0);
    frame.children[0] = { tagName: 'DIV', height: 50 };
    frame.relayout();
    expect(plainHeights(frame.posted)).toEqual([508]);
  });
});

describe('measureContentHeight', () => {
  it('measures the content, not a body stretched to the viewport', () => {
    const frame = makeFakeFrame();
    frame.children.push({ tagName: 'SCRIPT', height: 5000 });
    expect(measureContentHeight(frame.win)).toBe(508);
  });
});
