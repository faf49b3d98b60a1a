// Composition: URL state → model → props for the views (docs/design.md, "Layout").
import { useCallback, useMemo, useState } from 'react';
import { DownloadData } from '../components/DownloadData.tsx';
import { saveFile } from './save-file.ts';
import { EventList } from '../components/EventList.tsx';
import { FilterAnnouncer } from '../components/FilterAnnouncer.tsx';
import { filterSentence } from '../components/filter-sentence.ts';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { IgnoredNotice } from '../components/Notices.tsx';
import { useI18n } from '../i18n/react.tsx';
import type { Filters } from '../model/filter.ts';
import type { Dataset } from '../model/schema.ts';
import { NO_FILTERS } from '../model/filter.ts';
import { DEFAULT_VIEW, encodeViewState, type Ignored, type ViewState } from '../model/url-state.ts';
import { contactsLeftOut, type Problem } from '../model/problem-codes.ts';
import { Frame } from './Frame.tsx';
import { ImageDownload } from './ImageDownload.tsx';
import { ProblemsNotice } from './problem-views.tsx';
import { ContactsMap, PanelFrame, PanelSettledProvider, PartnerProfile, PartnersChart, PartnersTable, ProfileFrame, TimelineChart } from './panels.tsx';
import { useDerived, useIndex } from './useDerived.ts';
import { usePartnerRecord } from './usePartnerRecord.ts';

export interface DashboardProps {
  data: Dataset;
  problems: Problem[];
  view: ViewState;
  ignored: Ignored[];
  update: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  /** Absolute URL of the current view with a change, for links out and embeds. */
  viewUrl: (patch: Partial<ViewState>) => string;
}

export function Dashboard({ data, problems, view, ignored, update, viewUrl }: DashboardProps) {
  const i18n = useI18n();
  const indexed = useIndex(data);
  // Links to a partner's record drawn on every filter (chart axis, map popup): the same address
  // whatever the filters, so those views are not redrawn when a filter changes.
  const { lang, data: dataPath, embed } = view;
  const partnerLink = useMemo(() => (id: string) => `?${encodeViewState({ ...DEFAULT_VIEW, lang, data: dataPath, embed, partner: id })}`, [lang, dataPath, embed]);
  const d = useDerived(indexed, view, i18n, partnerLink);
  const shows = (p: ViewState['view'][number]) => d.state.view.includes(p);
  const record = usePartnerRecord(indexed, d.state.partner, d.filtered, d.forLevels, shows('table'), i18n);
  const eventHref = useCallback((id: string) => viewUrl({ event: id }), [viewUrl]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [reveal, setReveal] = useState(0);
  const onShowProblems = useCallback(() => setReveal((n) => n + 1), []);
  const leftOut = useMemo(() => contactsLeftOut(problems), [problems]);
  const [settled, setSettled] = useState<ReadonlySet<string>>(() => new Set());
  const onSettled = useCallback((panel: string) => setSettled((s) => (s.has(panel) ? s : new Set(s).add(panel))), []);
  const onChange = useCallback((patch: Partial<Filters>, o?: { replace?: boolean }) => update(patch, o?.replace ? 'replace' : 'push'), [update]);
  const onReset = useCallback(() => update({ ...NO_FILTERS, levels: [], event: null }), [update]);
  const onSelect = useCallback((id: string | null) => update({ event: id }), [update]);
  const onToggle = useCallback(
    (id: string) => update({ countries: d.state.countries.includes(id) ? d.state.countries.filter((c) => c !== id) : [...d.state.countries, id] }),
    [update, d.state.countries],
  );
  const onRange = useCallback((from: string, to: string) => update({ from, to }), [update]);
  const resetKey = `${i18n.lang}|${d.filtered.length}|${d.state.event ?? ''}`;
  const total = indexed.index.items.length;

  return (
    <PanelSettledProvider value={onSettled}>
      <Frame ready={d.state.view.every((p) => settled.has(p)) && (d.state.partner === null || settled.has('profile'))} data={data} view={d.state}
        shown={d.filtered.length} total={total} leftOut={leftOut} onShowProblems={onShowProblems} update={update} viewUrl={viewUrl}>
        <FilterAnnouncer sentence={filterSentence(d.state, d.filtered.length, total, (id) => d.options.partners.find((p) => p.id === id)?.label ?? i18n.region(id), i18n)} />
        <IgnoredNotice ignored={[...ignored, ...d.ignored]} />
        {problems.length > 0 && <ProblemsNotice problems={problems} reveal={reveal} />}
        <div className={`dashboard${d.state.embed ? ' dashboard-embed' : ''}`}>
          <aside className="dashboard-filters" data-open={filtersOpen}>
            {/* On phones and in embeds the filters fold away so the first screen shows the data. */}
            <button type="button" className="filters-toggle" aria-expanded={filtersOpen} aria-controls="filters-body"
              onClick={() => setFiltersOpen((o) => !o)}>
              {i18n.t('frame.filters')} · {i18n.t('frame.shown', { shown: d.filtered.length, total })}
            </button>
            <div id="filters-body" className="filters-body">
              <FilterPanel filters={d.state} partners={d.options.partners} types={d.options.types} span={d.options.span}
                levels={record.levels} focusName={record.focusName} profileHref={partnerLink}
                shown={d.filtered.length} total={total} onChange={onChange} onReset={onReset} />
            </div>
          </aside>
          <div className="dashboard-panels">
            {d.state.partner !== null && record.ready && (
              <ProfileFrame>
                <PartnerProfile profile={record.profile} name={record.labelOf(d.state.partner)} focusName={record.focusName}
                  updated={data.updated} lookups={indexed.lookups} selectedId={d.state.event} eventHref={eventHref}
                  closeHref={viewUrl({ partner: null })} />
              </ProfileFrame>
            )}
            {shows('map') && (
              <PanelFrame panel="map" resetKey={resetKey}>
                <ContactsMap places={d.map.places} routes={d.map.routes} shading={d.map.shading} focus={data.focus}
                  selectedEventId={d.state.event} onSelectEvent={onSelect} />
                {d.map.hiddenRoutes > 0 && <p className="map-note">{i18n.plural('frame.routesHidden', d.map.hiddenRoutes)}</p>}
                {d.map.offMap > 0 && <p className="map-note map-note-off">{i18n.plural('frame.offMap', d.map.offMap)}</p>}
              </PanelFrame>
            )}
            {shows('partners') && (
              <PanelFrame panel="partners" resetKey={resetKey}>
                <PartnersChart bars={d.bars} selected={d.state.countries} highlight={d.selected?.event.partner ?? null} onToggle={onToggle} />
              </PanelFrame>
            )}
            {shows('timeline') && (
              <PanelFrame panel="timeline" resetKey={resetKey}>
                <TimelineChart series={d.series} highlightKey={d.highlightKey} onRange={onRange} />
              </PanelFrame>
            )}
            {shows('table') && (
              <PanelFrame panel="table" resetKey={resetKey}>
                {record.ready && <PartnersTable rows={record.rows} labelOf={record.labelOf} profileHref={partnerLink} updated={data.updated}
                  hasAgreements={record.hasAgreements} fileBase={`partners-${(data.focus ?? 'data').toLowerCase()}`} save={saveFile} />}
              </PanelFrame>
            )}
            {shows('list') && (
              <PanelFrame panel="list" resetKey={resetKey} eager>
                <DownloadData items={d.filtered} dataset={data} fileBase={`contacts-${(data.focus ?? 'data').toLowerCase()}`} save={saveFile} />
                <ImageDownload data={data} view={d.state} fileBase={`contacts-${(data.focus ?? 'data').toLowerCase()}`} />
                <EventList items={d.filtered} lookups={indexed.lookups} selectedId={d.state.event} onSelect={onSelect} onReset={onReset} profileHref={partnerLink} />
              </PanelFrame>
            )}
          </div>
        </div>
      </Frame>
    </PanelSettledProvider>
  );
}
