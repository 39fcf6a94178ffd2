/**
 * Charts drawn at build time as plain SVG, for the statistical series (SeriesChart.astro).
 *
 * Why not in the browser: drawing with Chart.js cost a 165 KB script and, on a phone-class CPU
 * (Lighthouse mobile, 4× slowdown), main-thread tasks of 0.2–0.9 s on pages with charts; the data
 * page scored 74 for performance. A series here has 3–11 points and never changes after the build,
 * so the picture can be made once: no script, nothing to download, it shows without JavaScript,
 * offline and in print, and it follows the light/dark theme through CSS classes (styles/charts.css).
 *
 * Layouts, chosen for a 360 px screen:
 * - across areas (axis "wilayah"): horizontal bars, the area name on the left and the value at the
 *   end of each bar, so long kelurahan names never need rotating;
 * - over time: a line (or columns) with a light grid, four or five round-number ticks and the period
 *   under each point (thinned when they would collide); the last value is written beside its point.
 * Every point also carries a <title> (shown on hover); the table under the chart has every number.
 * Colour never carries meaning alone: there is one series per chart.
 */
import type { Series } from '../schemas/series';
import { formatValue, pointLabel } from './series';
import { escapeHtml } from './inline-markdown';
import { MONTHS_ID } from './dates';

/** viewBox width: the chart's width in CSS pixels on a 360 px phone (inside the figure's padding), so text is 12 px there. */
const W = 300;
const FONT = 12;
/** Average glyph width of the UI font at FONT, for laying out labels (measured text is not available at build time). */
const CHAR = FONT * 0.56;

const esc = escapeHtml;
// Whole units: a tenth of a pixel is invisible at this size, and every digit is paid for in HTML.
const r1 = (n: number) => Math.round(n);
const textWidth = (s: string) => s.length * CHAR;

/**
 * Round-number ticks covering [min, max]: 1, 2, 2.5 or 5 × a power of ten, about `count` of them.
 * @example niceTicks(3.1, 5.4) → [3, 3.5, 4, 4.5, 5, 5.5]
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
	if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
	if (min === max) {
		const pad = Math.abs(min) * 0.1 || 1;
		min -= pad;
		max += pad;
	}
	const raw = (max - min) / count;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
	const start = Math.floor(min / step) * step;
	const ticks: number[] = [];
	// Rounded to the step's decimals, so 0.1 + 0.2 prints as 0,3.
	const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
	for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(decimals)));
	if (ticks.at(-1)! < max) ticks.push(Number((ticks.at(-1)! + step).toFixed(decimals)));
	return ticks;
}

/** The period under a point over time: "2023", or "Mar" above "2024" for a month. */
function periodLines(x: string): [string, string?] {
	const m = /^(\d{4})-(\d{2})/.exec(x);
	if (!m) return [x];
	return [MONTHS_ID[Number(m[2]) - 1]?.slice(0, 3) ?? m[2]!, m[1]!];
}

/** The SVG of a series, with `label` as its accessible name ("Grafik: <title>"; the finding in words follows the figure). */
export function seriesChartSvg(series: Series, label: string): string {
	return series.axis === 'wilayah' ? areaBars(series, label) : timeChart(series, label);
}

function open(h: number, label: string): string {
	return `<svg class="chart__svg" viewBox="0 0 ${W} ${h}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg" font-size="${FONT}">`;
}

function areaBars(series: Series, label: string): string {
	const pts = series.points;
	const row = 28;
	const top = 4;
	const names = pts.map((p) => pointLabel(series, p));
	const values = pts.map((p) => formatValue(p.value, series.unit));
	const left = Math.min(W * 0.45, Math.max(...names.map(textWidth)) + 8);
	const valueRoom = Math.max(...values.map(textWidth)) + 8;
	const max = Math.max(...pts.map((p) => p.value), 0) || 1;
	const span = W - left - valueRoom;
	const h = top + pts.length * row + 4;
	// Shared attributes sit on one group per kind of element, not on every element: less HTML.
	const nameTexts: string[] = [];
	const bars: string[] = [];
	const vals: string[] = [];
	pts.forEach((p, i) => {
		const y = r1(top + i * row + row / 2);
		const w = Math.max(1, (Math.max(p.value, 0) / max) * span);
		nameTexts.push(`<text x="${r1(left - 6)}" y="${y}">${esc(names[i]!)}</text>`);
		bars.push(`<rect x="${r1(left)}" y="${y - 9}" width="${r1(w)}" height="18"><title>${esc(`${names[i]}: ${values[i]}`)}</title></rect>`);
		vals.push(`<text x="${r1(left + w + 4)}" y="${y}">${esc(values[i]!)}</text>`);
	});
	return (
		open(h, label) +
		`<g class="chart__label" text-anchor="end" dominant-baseline="middle">${nameTexts.join('')}</g>` +
		`<g class="chart__bar">${bars.join('')}</g>` +
		`<g class="chart__value" dominant-baseline="middle">${vals.join('')}</g></svg>`
	);
}

function timeChart(series: Series, label: string): string {
	const pts = series.points;
	const isBar = series.chart === 'bar';
	const h = 220;
	const top = 18;
	const bottom = h - 34;
	const values = pts.map((p) => p.value);
	const lo = isBar ? Math.min(0, ...values) : Math.min(...values);
	const ticks = niceTicks(lo, Math.max(...values));
	const y0 = ticks[0]!;
	const y1 = ticks.at(-1)!;
	const tickText = ticks.map((t) => formatValue(t, series.unit));
	const left = Math.max(...tickText.map(textWidth)) + 8;
	const right = W - 8;
	const step = (right - left) / pts.length;
	const x = (i: number) => left + step * (i + 0.5);
	const y = (v: number) => bottom - ((v - y0) / (y1 - y0 || 1)) * (bottom - top);
	const parts = [open(h, label)];
	parts.push(`<path class="chart__grid" d="${ticks.map((t) => `M${r1(left)} ${r1(y(t))}H${right}`).join('')}"/>`);
	parts.push(
		`<g class="chart__label" text-anchor="end" dominant-baseline="middle">${ticks.map((t, i) => `<text x="${r1(left - 6)}" y="${r1(y(t))}">${esc(tickText[i]!)}</text>`).join('')}</g>`,
	);
	// Periods under the points, thinned so that they never overlap (the last one is always shown).
	const lines = pts.map((p) => periodLines(p.x));
	const widest = Math.max(...lines.flat().map((s) => textWidth(s ?? '')));
	const every = Math.max(1, Math.ceil((widest + 6) / step));
	const periods: string[] = [];
	lines.forEach(([a, b], i) => {
		if (i % every !== 0 && i !== pts.length - 1) return;
		if (i !== pts.length - 1 && pts.length - 1 - i < every) return;
		const tx = r1(x(i));
		periods.push(`<text x="${tx}" y="${bottom + 15}">${esc(a)}</text>`);
		if (b) periods.push(`<text x="${tx}" y="${bottom + 29}">${esc(b)}</text>`);
	});
	parts.push(`<g class="chart__label" text-anchor="middle">${periods.join('')}</g>`);
	const titles = pts.map((p) => esc(`${pointLabel(series, p)}: ${formatValue(p.value, series.unit)}`));
	if (isBar) {
		const bw = Math.min(40, step * 0.6);
		const base = y(Math.max(y0, 0));
		parts.push(
			`<g class="chart__bar">${pts
				.map((p, i) => {
					const top = Math.min(y(p.value), base);
					return `<rect x="${r1(x(i) - bw / 2)}" y="${r1(top)}" width="${r1(bw)}" height="${r1(Math.max(1, Math.abs(base - y(p.value))))}"><title>${titles[i]}</title></rect>`;
				})
				.join('')}</g>`,
		);
	} else {
		parts.push(`<polyline class="chart__line" points="${pts.map((p, i) => `${r1(x(i))},${r1(y(p.value))}`).join(' ')}"/>`);
		// Diamonds, as Chart.js drew them: a shape, so the points read without colour.
		parts.push(
			`<g class="chart__point">${pts
				.map((p, i) => {
					const cx = r1(x(i));
					const cy = r1(y(p.value));
					return `<path d="M${cx} ${cy - 5}l5 5-5 5-5-5z"><title>${titles[i]}</title></path>`;
				})
				.join('')}</g>`,
		);
	}
	// The latest value in words beside its point: what most readers look for.
	const last = pts.length - 1;
	const lastText = formatValue(pts[last]!.value, series.unit);
	const lx = x(last);
	const anchor = lx + textWidth(lastText) / 2 > W ? 'end' : 'middle';
	parts.push(`<text class="chart__value" x="${r1(anchor === 'end' ? right : lx)}" y="${r1(Math.max(FONT, y(pts[last]!.value) - 9))}" text-anchor="${anchor}">${esc(lastText)}</text>`);
	parts.push('</svg>');
	return parts.join('');
}
