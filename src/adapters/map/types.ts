// The props the app hands the map: ready, filtered and formatted (the map never filters).
import type { TypeCounts } from '../../model/aggregate.ts';
import type { EventType } from '../../model/schema.ts';

export interface MapItem {
  id: string; date: string /* already formatted */; partner: string /* display name */; title: string; type: EventType;
  /** Address of the partner's record, when the contact names one. */
  partnerHref?: string;
}
/** A place's contacts, newest first: ids are read to find the selected one; rows are formatted only when shown. */
export interface MapItems { length: number; idAt: (i: number) => string; rowAt: (i: number) => MapItem }
export interface MapPlace { id: string; name: string; lat: number; lon: number; total: number; byType: TypeCounts; items: MapItems }
export interface MapRoute { trip: string; label: string; points: Array<[number, number]> /* [lat, lon], in order, home → stops → home */ }
