// "Image": the current view (filters, language, theme) saved as SVG or PNG,
// at the page's width or 1200×675 for social posts (issue 19). The renderer
// and the basemap load on click, so the first screen does not carry them.
import { useId, useState } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { Dataset } from '../model/schema.ts';
import type { ViewState } from '../model/url-state.ts';
import { saveBlob } from './save-file.ts';
import { newsroomCredit } from './newsroom.ts';

type ImageSize = 'page' | 'social';
type ImageFormat = 'svg' | 'png';

const SOCIAL_SIZE = { width: 1200, height: 675 } as const;

/** The theme the reader sees: the view's, with `auto` resolved by their colour scheme. */
function readerTheme(view: ViewState): 'light' | 'dark' {
  if (view.theme === 'auto') return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return view.theme;
}

async function viewImage(data: Dataset, view: ViewState, size: ImageSize): Promise<{ svg: string; width: number; height: number }> {
  const [{ renderViewImage }, { loadCountryShapes }] = await Promise.all([import('../static/image.ts'), import('../adapters/map/basemap.ts')]);
  const countries = await loadCountryShapes().catch(() => null);
  const width = size === 'social' ? SOCIAL_SIZE.width : Math.min(2000, Math.max(320, document.documentElement.clientWidth));
  return renderViewImage(data, view, { width, height: size === 'social' ? SOCIAL_SIZE.height : null, countries, theme: readerTheme(view), credit: newsroomCredit(view.look, view.lang) });
}

/** The SVG drawn on a canvas: an image from a data: address, which the CSP's img-src allows. */
async function toPng(svg: string, width: number, height: number): Promise<Blob> {
  const img = new Image(width, height);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas gave no PNG'))), 'image/png'));
}

export function ImageDownload({ data, view, fileBase }: { data: Dataset; view: ViewState; fileBase: string }) {
  const { t } = useI18n();
  const sizeId = useId();
  const [size, setSize] = useState<ImageSize>('page');
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async (format: ImageFormat) => {
    setState('busy');
    try {
      const image = await viewImage(data, view, size);
      const blob = format === 'svg' ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }) : await toPng(image.svg, image.width, image.height);
      saveBlob(`${fileBase}-${size === 'social' ? '1200x675' : image.width}.${format}`, blob);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="download image-download" role="group" aria-label={t('image.label')}>
      <span className="download-heading">{t('image.heading')}</span>
      <label htmlFor={sizeId} className="visually-hidden">{t('image.size')}</label>
      <select id={sizeId} value={size} onChange={(e) => setSize(e.target.value === 'social' ? 'social' : 'page')}>
        <option value="page">{t('image.size.page')}</option>
        <option value="social">{t('image.size.social')}</option>
      </select>
      <div className="download-buttons">
        {(['svg', 'png'] as const).map((format) => (
          <button key={format} type="button" className="download-button" data-image={format} disabled={state === 'busy'}
            title={t('image.label')} onClick={() => void download(format)}>{t(`image.${format}`)}</button>
        ))}
      </div>
      {state === 'failed' && <p className="download-error" role="alert">{t('image.failed')}</p>}
    </div>
  );
}
