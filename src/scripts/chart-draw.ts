/**
 * Draws charts with Chart.js. Loaded lazily by <bb-chart>. Only the pieces the site uses are
 * registered, so the bundle stays small (tree-shaking drops the rest).
 * @see https://www.chartjs.org/docs/latest/getting-started/integration.html#bundlers-webpack-rollup-etc
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
} from 'chart.js';
import { chartConfig, type ChartData, type ChartTheme } from '../lib/series';
import { chartDataFromTable, type ChartMeta } from '../lib/chart-table';

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Tooltip);

/** Colours from Starlight's theme tokens, read from the page so light and dark both work. */
function theme(el: Element): ChartTheme {
	const css = getComputedStyle(el);
	const v = (name: string) => css.getPropertyValue(name).trim();
	return { text: v('--sl-color-gray-2'), grid: v('--sl-color-gray-5'), accent: v('--sl-color-accent'), background: v('--sl-color-bg') };
}

const charts = new Set<{ chart: Chart; canvas: HTMLCanvasElement; data: ChartData }>();
let themeWatcher: MutationObserver | undefined;

export function drawChart(canvas: HTMLCanvasElement, data: ChartData): Chart {
	const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
	// Chart.js's types are stricter than our plain config object; the shape is checked by unit tests.
	const chart = new Chart(canvas, chartConfig(data, theme(canvas), reduced) as never);
	charts.add({ chart, canvas, data });
	// Re-colour every chart when the visitor switches between light and dark (Starlight sets data-theme).
	themeWatcher ??= new MutationObserver(() => {
		for (const c of charts) {
			const fresh = chartConfig(c.data, theme(c.canvas), true);
			c.chart.data.datasets[0]!.borderColor = fresh.data.datasets[0]!.borderColor;
			c.chart.data.datasets[0]!.backgroundColor = fresh.data.datasets[0]!.backgroundColor;
			(c.chart.data.datasets[0] as { pointBackgroundColor?: string }).pointBackgroundColor = fresh.data.datasets[0]!.pointBackgroundColor;
			c.chart.options.scales = fresh.options.scales as never;
			c.chart.update('none');
		}
	});
	themeWatcher.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	return chart;
}

/**
 * Draws the chart of a figure from its table: `meta` is <bb-chart>'s data-chart (type, title, unit),
 * the numbers are the table's rows.
 */
export function drawFromTable(canvas: HTMLCanvasElement, meta: string, table: Element): Chart {
	const rows = [...table.querySelectorAll('tbody tr')].map(
		(tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? ''] as [string, string],
	);
	return drawChart(canvas, chartDataFromTable(JSON.parse(meta) as ChartMeta, rows));
}
