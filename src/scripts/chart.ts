/**
 * <bb-chart data-chart='{…}'>: draws a chart when it scrolls into view. Chart.js is downloaded only
 * then, once per page however many charts it has (src/scripts/chart-draw.ts). The table under the
 * chart is folded away once the chart is drawn; it stays one tap away.
 */
import type { ChartData } from '../lib/series';

let observer: IntersectionObserver | undefined;

class BbChart extends HTMLElement {
	connectedCallback() {
		observer ??= new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if (!entry.isIntersecting) continue;
					observer!.unobserve(entry.target);
					void (entry.target as BbChart).draw();
				}
			},
			{ rootMargin: '200px 0px' },
		);
		observer.observe(this);
	}

	async draw() {
		const wrapper = this.querySelector<HTMLElement>('.chart__canvas');
		const canvas = this.querySelector('canvas');
		if (!wrapper || !canvas) return;
		try {
			const { drawChart } = await import('./chart-draw');
			wrapper.hidden = false;
			drawChart(canvas, JSON.parse(this.dataset.chart!) as ChartData);
			const table = this.closest('figure')?.querySelector<HTMLDetailsElement>('[data-chart-table]');
			if (table) table.open = false;
			this.dataset.drawn = '';
		} catch {
			// The table is still there: a chart that fails to load must never hide the numbers.
			wrapper.hidden = true;
		}
	}
}

if (!customElements.get('bb-chart')) customElements.define('bb-chart', BbChart);
