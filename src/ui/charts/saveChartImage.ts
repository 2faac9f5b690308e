import { saveFile } from '../../state/saveFile';

/** One legend item to draw above the chart in a saved image. */
export interface LegendEntry {
  label: string;
  color: string;
  /** How the swatch is drawn: a line for a series, a block for a band or a bar. */
  shape: 'line' | 'band' | 'bar';
  /** Fill opacity of a band swatch. */
  opacity?: number;
  dashed?: boolean;
}

export interface SaveChartImageOptions {
  title: string;
  legend?: readonly LegendEntry[];
  /** File name without extension; default the slug of the title. */
  fileName?: string;
  /** Pixel density of the image; default 2 for crisp lines on any screen. */
  scale?: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

// Presentation properties our CSS may set through stylesheets rather than attributes.
const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'visibility', 'display', 'font-family', 'font-size', 'font-weight',
  'font-style', 'text-anchor', 'dominant-baseline', 'shape-rendering',
] as const;

const HEADER_PAD = 12;
const TITLE_PX = 16;
const LEGEND_PX = 13;

/**
 * A file-name-safe slug: `CPU % — January 2024` -> `cpu-january-2024`.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'chart';
}

/** Copies computed presentation styles onto the clone so the image looks like the page. */
function inlineStyles(source: Element, target: Element): void {
  const sources = [source, ...source.querySelectorAll('*')];
  const targets = [target, ...target.querySelectorAll('*')];
  for (let i = 0; i < sources.length && i < targets.length; i++) {
    const computed = getComputedStyle(sources[i]);
    const style = (targets[i] as SVGElement).style;
    for (const prop of STYLE_PROPS) {
      const value = computed.getPropertyValue(prop);
      if (value) style.setProperty(prop, value);
    }
  }
}

/** The SVG as a standalone document string, sized in CSS pixels. */
export function serializeSvg(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // A size set in the style would override the attributes above; a standalone image needs them in px.
  clone.style.removeProperty('width');
  clone.style.removeProperty('height');
  clone.removeAttribute('tabindex');
  clone.removeAttribute('role');
  return new XMLSerializer().serializeToString(clone);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    image.src = url;
  });
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png');
  });
}

function drawSwatch(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, midY: number): void {
  ctx.save();
  if (entry.shape === 'line') {
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, midY);
    ctx.lineTo(x + 18, midY);
    ctx.stroke();
  } else {
    ctx.globalAlpha = entry.opacity ?? 1;
    ctx.fillStyle = entry.color;
    ctx.fillRect(x, midY - 6, 18, 12);
    if (entry.dashed) {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = entry.color;
      ctx.setLineDash([4, 3]);
      ctx.strokeRect(x + 0.5, midY - 5.5, 17, 11);
    }
  }
  ctx.restore();
}

/**
 * Saves a chart's SVG as `<slug>.png`: the title and legend drawn on top, the chart below, on
 * the figure's own background. Uses only blob: URLs, so it works under a strict CSP.
 */
export async function saveChartImage(svg: SVGSVGElement, options: SaveChartImageOptions): Promise<void> {
  const { width, height } = svg.getBoundingClientRect();
  if (width === 0 || height === 0) throw new Error('The chart is not visible, so it cannot be saved.');
  const scale = options.scale ?? 2;
  const legend = options.legend ?? [];
  const host = svg.closest('figure') ?? svg.parentElement ?? svg;
  const hostStyle = getComputedStyle(host);
  const background = hostStyle.backgroundColor && hostStyle.backgroundColor !== 'rgba(0, 0, 0, 0)' ? hostStyle.backgroundColor : '#ffffff';
  const fontFamily = hostStyle.fontFamily || 'system-ui, sans-serif';
  const headerHeight = HEADER_PAD + TITLE_PX + (legend.length > 0 ? 8 + LEGEND_PX : 0) + HEADER_PAD;

  const svgUrl = URL.createObjectURL(new Blob([serializeSvg(svg, width, height)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(svgUrl);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round((height + headerHeight) * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on a canvas.');
    ctx.scale(scale, scale);
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, width, height + headerHeight);

    ctx.fillStyle = hostStyle.color || '#111827';
    ctx.textBaseline = 'middle';
    ctx.font = `600 ${TITLE_PX}px ${fontFamily}`;
    ctx.fillText(options.title, HEADER_PAD, HEADER_PAD + TITLE_PX / 2);
    ctx.font = `${LEGEND_PX}px ${fontFamily}`;
    let x = HEADER_PAD;
    const legendY = HEADER_PAD + TITLE_PX + 8 + LEGEND_PX / 2;
    for (const entry of legend) {
      drawSwatch(ctx, entry, x, legendY);
      ctx.fillText(entry.label, x + 24, legendY);
      x += 24 + ctx.measureText(entry.label).width + 18;
    }

    ctx.drawImage(image, 0, headerHeight, width, height);
    const png = await canvasToBlob(canvas);
    saveFile(png, `${options.fileName ?? slugify(options.title)}.png`);
  } finally {
    URL.revokeObjectURL(svgUrl);
  }
}
