import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from './save-file.ts';

afterEach(() => vi.restoreAllMocks());

describe('saveFile', () => {
  it('clicks a hidden download link to an object URL of the text, then revokes the URL', async () => {
    const blobs: Blob[] = [];
    const clicked: { name: string; href: string; inPage: boolean }[] = [];
    // jsdom has no object URLs and does not download: record what would be saved.
    URL.createObjectURL = vi.fn((blob: Blob) => { blobs.push(blob); return `blob:test/${blobs.length}`; });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href, inPage: this.isConnected && this.hidden });
    });
    saveFile({ name: 'contacts-ml-2026-03-13.csv', text: 'id\nru-talks\n', type: 'text/csv;charset=utf-8' });
    expect(clicked).toEqual([{ name: 'contacts-ml-2026-03-13.csv', href: 'blob:test/1', inPage: true }]);
    expect(await blobs[0]?.text()).toBe('id\nru-talks\n');
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(document.querySelector('a[download]')).toBeNull();
    await vi.waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1'));
  });
});
