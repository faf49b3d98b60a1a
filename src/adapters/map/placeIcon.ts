// A place marker is a DivIcon rather than a CircleMarker: Leaflet makes marker
// icons focusable (tabindex, role=button) but not vector paths, and a div lets
// the name show on hover and on keyboard focus with CSS alone.
import { DivIcon } from 'leaflet';

export interface PlaceIconSpec {
  id: string;
  name: string;
  ariaLabel: string;
  radius: number;
  fill: string;
  labelled: boolean;
  selected: boolean;
}

const sizeOf = (spec: PlaceIconSpec) => Math.round(spec.radius * 2);

/**
 * Its element is built once and then changed in place (size, colours, label,
 * state): a filter change restyles 1,000 markers instead of replacing them, a
 * tenth of the DOM work (docs/bench.md), and focus stays on the marker it was on.
 */
export class PlaceIcon extends DivIcon {
  private spec: PlaceIconSpec;
  private element: HTMLElement | null = null;

  constructor(spec: PlaceIconSpec) {
    super({ className: 'contacts-place', iconSize: [sizeOf(spec), sizeOf(spec)], html: '' });
    this.spec = spec;
  }

  // Leaflet reuses the element when the icon changes (setIcon), so focus stays put.
  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const el = super.createIcon(oldIcon);
    const dot = document.createElement('span');
    dot.className = 'contacts-place__dot';
    const label = document.createElement('span');
    label.className = 'contacts-place__label';
    label.setAttribute('aria-hidden', 'true');
    el.replaceChildren(dot, label);
    this.element = el;
    this.apply(el, null);
    return el;
  }

  /** Shows a new spec on the element Leaflet already has, if any. */
  update(spec: PlaceIconSpec): void {
    const old = this.spec;
    if ((Object.keys(spec) as Array<keyof PlaceIconSpec>).every((k) => spec[k] === old[k])) return;
    this.spec = spec;
    this.options.iconSize = [sizeOf(spec), sizeOf(spec)];
    if (this.element) this.apply(this.element, old);
  }

  /**
   * Writes only what differs from `old` (everything when null): a filter
   * change mostly changes counts, and each style written makes the browser
   * recheck that marker's style, on 1,000 markers at 100,000 events (docs/bench.md).
   */
  private apply(el: HTMLElement, old: PlaceIconSpec | null): void {
    const spec = this.spec;
    const changed = (key: keyof PlaceIconSpec) => old === null || old[key] !== spec[key];
    if (changed('id')) el.dataset.place = spec.id;
    if (changed('ariaLabel')) el.setAttribute('aria-label', spec.ariaLabel);
    if (changed('labelled')) el.classList.toggle('is-labelled', spec.labelled);
    if (changed('selected')) el.classList.toggle('is-selected', spec.selected);
    const size = sizeOf(spec);
    if (old === null || sizeOf(old) !== size) {
      // As DivIcon sets them: the size, and margins that centre the icon on its point.
      el.style.width = `${size}px`;
      el.style.height = `${size}px`;
      el.style.marginLeft = `${-size / 2}px`;
      el.style.marginTop = `${-size / 2}px`;
    }
    const [dot, label] = el.children as HTMLCollectionOf<HTMLElement>;
    if (dot && changed('fill')) dot.style.background = spec.fill;
    if (label && changed('name')) label.textContent = spec.name;
  }
}

export function createPlaceIcon(spec: PlaceIconSpec): PlaceIcon {
  return new PlaceIcon(spec);
}
