import { useI18n } from '../../i18n/react.tsx';
import { TYPE_ORDER, themeVar } from '../../theme.ts';
import { coarseLabelOf, type CoarseBand } from './timeline-data.ts';

interface CoarseMarkProps {
  box: { x: number; y: number; width: number; height: number };
  band: CoarseBand;
  hatchId: string;
}

/**
 * Contacts dated only to a month or a year, drawn as a hatched band over the
 * whole period they may fall in, with their count on top: never as a bar on
 * a day the sources do not give. The SVG title is the hover text.
 */
export function CoarseMark({ box, band, hatchId }: CoarseMarkProps) {
  const { t } = useI18n();
  const coarseLabel = useCoarseLabel();
  const c = band.coarse;
  const types = TYPE_ORDER.filter((type) => c.byType[type] > 0).map((type) => `${t(`type.${type}`)} ${c.byType[type]}`);
  const title = `${coarseLabel(c.key, c.total)} — ${types.join(', ')}`;
  return (
    <g data-coarse={c.key}>
      <title>{title}</title>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} fill={`url(#${hatchId})`} stroke={themeVar('coarse')} strokeDasharray="3 2" />
      <text x={box.x + box.width / 2} y={box.y - 5} textAnchor="middle" fontSize={11} fill={themeVar('ink')}>{c.total}</text>
    </g>
  );
}

/** "juin 2025 (date au mois près) : 3 contacts", for the mark's title and the list under the chart. */
export function useCoarseLabel(): (key: string, total: number) => string {
  const i18n = useI18n();
  return (key, total) => coarseLabelOf(i18n, key, total);
}
