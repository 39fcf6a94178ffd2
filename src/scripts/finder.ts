/**
 * <bb-finder>: the finder's first load is only this element. The form is server-rendered and shown
 * before the first paint (an inline line in FinderPage.astro), so nothing moves when this runs. The
 * logic (src/scripts/finder-app.ts) loads on the first touch, key or focus inside the finder, at once
 * when the address already holds a search or filters (reload, Back, a shared link), or otherwise when
 * the browser is idle after the page has loaded. Same pattern as <bb-cek-bantuan>.
 *
 * Nothing the visitor does before the logic arrives is lost: a tap on a button and a submitted search
 * are held back and replayed once it is there; a box ticked, a keyword typed or an order picked
 * meanwhile stays as it is (the logic reads those fields over the address and shows their results).
 */
type FinderApp = typeof import('./finder-app');

class BbFinder extends HTMLElement {
	#app: Promise<FinderApp> | null = null;
	#touched = false;
	#edited = new Set<HTMLInputElement | HTMLSelectElement>();

	#load(): Promise<FinderApp> {
		this.#app ??= import('./finder-app').then((app) => {
			app.mount(this, { touched: this.#touched, edited: this.#edited });
			this.dataset.ready = '';
			return app;
		});
		return this.#app;
	}

	connectedCallback() {
		const form = this.querySelector('form')!;
		form.hidden = false;
		// The logic decides whether the address holds a real search (unknown parameters are ignored).
		if (location.search.length > 1) void this.#load();
		// A touch inside the form also starts loading the data; elsewhere (a result link) only the logic.
		const touch = (e: Event) => {
			if (form.contains(e.target as Node)) this.#touched = true;
			void this.#load();
		};
		for (const type of ['pointerdown', 'focusin', 'keydown']) this.addEventListener(type, touch);
		// Before the logic is there: hold back taps on buttons (search, reset) and replay them once it is.
		this.addEventListener('click', (e) => {
			if (this.dataset.ready !== undefined) return;
			const button = (e.target as HTMLElement).closest('button');
			if (!button) return;
			e.preventDefault();
			void this.#load().then(() => button.click());
		});
		form.addEventListener('submit', (e) => {
			if (this.dataset.ready !== undefined) return;
			e.preventDefault();
			void this.#load().then(() => form.requestSubmit());
		});
		// A box ticked, a keyword typed or an order picked meanwhile stays as the visitor left it; the
		// logic reads these fields when it arrives and shows their results.
		for (const type of ['input', 'change']) {
			form.addEventListener(type, (e) => {
				if (this.dataset.ready === undefined) this.#edited.add(e.target as HTMLInputElement | HTMLSelectElement);
			});
		}
		// Not used yet: fetch the logic (not the data) when the browser has nothing else to do.
		const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => void this.#load(), { timeout: 5000 }) : setTimeout(() => void this.#load(), 200));
		if (document.readyState === 'complete') idle();
		else addEventListener('load', idle, { once: true });
	}
}

if (!customElements.get('bb-finder')) customElements.define('bb-finder', BbFinder);
