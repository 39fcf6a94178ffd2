/**
 * <bb-cek-bantuan>: shows the questions (hidden without JavaScript, where the page is a list of links)
 * and loads the question logic only on first use: the first touch, key or focus inside it, or at once
 * when the address already holds answers (reload, Back, a shared link). Keeps the page's first load small.
 */
type App = typeof import('./cek-bantuan-app');

class BbCekBantuan extends HTMLElement {
	#app: Promise<App> | null = null;

	#load(): Promise<App> {
		this.#app ??= import('./cek-bantuan-app').then(async (app) => {
			await app.mount(this);
			return app;
		});
		return this.#app;
	}

	connectedCallback() {
		const root = this.querySelector<HTMLElement>('[data-app]');
		if (root) root.hidden = false;
		if (this.dataset.mode === 'print') {
			// Until the list is drawn, what stands below it (QR code, note) is hidden, so it does not jump
			// down the screen when the list arrives (layout shift); shown again however drawing ends.
			this.dataset.drawing = '';
			void this.#load().finally(() => delete this.dataset.drawing);
			return;
		}
		if (location.hash.length > 1) {
			void this.#load();
			return;
		}
		const start = () => void this.#load();
		for (const type of ['pointerdown', 'focusin', 'keydown']) this.addEventListener(type, start, { once: true });
		// A click that arrives before the module: replay it once the module is there.
		this.addEventListener('click', (e) => {
			const target = (e.target as HTMLElement).closest('button');
			if (!target || this.dataset.ready) return;
			e.preventDefault();
			void this.#load().then(() => target.click());
		});
	}
}
if (!customElements.get('bb-cek-bantuan')) customElements.define('bb-cek-bantuan', BbCekBantuan);
