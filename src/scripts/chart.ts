/**
 * <bb-chart data-chart='{type,title,unit}'>: draws a chart when it scrolls into view, with the
 * numbers read from the table under it (each number is in the page once). Chart.js is downloaded
 * only then, once per page however many charts it has (src/scripts/chart-draw.ts). Charts draw one
 * at a time when the browser is idle, so a page with many charts never blocks taps and scrolling
 * for long. The table is folded away once the chart is drawn; it stays one tap away.
 */
let observer: IntersectionObserver | undefined;
let queue = Promise.resolve();
const idle = () =>
	new Promise<void>((r) => ('requestIdleCallback' in window ? requestIdleCallback(() => r(), { timeout: 1500 }) : setTimeout(r, 50)));

class BbChart extends HTMLElement {
	connectedCallback() {
		observer ??= new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if (!entry.isIntersecting) continue;
					observer!.unobserve(entry.target);
					queue = queue.then(idle).then(() => (entry.target as BbChart).draw());
				}
			},
			{ rootMargin: '200px 0px' },
		);
		observer.observe(this);
	}

	async draw() {
		const wrapper = this.querySelector<HTMLElement>('.chart__canvas');
		const canvas = this.querySelector('canvas');
		const table = this.closest('figure')?.querySelector<HTMLDetailsElement>('[data-chart-table]');
		if (!wrapper || !canvas || !table) return;
		try {
			const { drawFromTable } = await import('./chart-draw');
			wrapper.hidden = false;
			drawFromTable(canvas, this.dataset.chart!, table);
			table.open = false;
			this.dataset.drawn = '';
		} catch {
			// The table is still there: a chart that fails to load must never hide the numbers.
			wrapper.hidden = true;
		}
	}
}

if (!customElements.get('bb-chart')) customElements.define('bb-chart', BbChart);
