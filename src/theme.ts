// Presentation constants shared by the map, the charts and the list, so a
// type has one colour everywhere. Colour-blind-safe (Okabe–Ito) on white.
import type { EventType } from './model/schema.ts';
import { EVENT_TYPES } from './model/vocabulary.ts';

export const TYPE_COLORS: Record<EventType, string> = {
  visit: '#0072B2',
  talks: '#D55E00',
  audience: '#009E73',
  agreement: '#CC79A7',
  reception: '#E69F00',
  cooperation: '#56B4E9',
};

export const TYPE_ORDER: readonly EventType[] = EVENT_TYPES;

export const FOCUS_COLOR = '#1b1b1b';
