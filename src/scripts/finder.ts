/**
 * <bb-finder>: upgrades the plain program list into a finder. The HTML already works (a paginated
 * list); this adds text search, filters with counts, sorting and a URL that holds the whole state.
 * The data (/program/finder.json) and Pagefind load only when the visitor starts using the finder,
 * or straight away when the URL already asks for a search.
 */
import {
	GROUPS, emptyState, facetCounts, filterItems, isDefaultState, paginate, searchFromState, sortItems, stateFromSearch,
	type FinderItem, type FinderState, type Group,
} from '../lib/finder';
import { programStatus, STATUSES } from '../lib/status';
import { todayInBontang } from '../lib/dates';

interface Pagefind {
	options(o: object): Promise<void>;
	search(q: string, o?: object): Promise<{ results: { id: string }[] } | null>;
}

class BbFinder extends HTMLElement {
	#items: FinderItem[] = [];
	#bySearchId = new Map<string, string>();
	#kecamatanOf = new Map<string, string>();
	#state: FinderState = emptyState();
	#textMatches: string[] | null = null;
	#loading: Promise<void> | null = null;
	#pagefind: Promise<Pagefind> | null = null;
	#typing = 0;
	#lastQuery = '';

	get form() {
		return this.querySelector('form')!;
	}

	connectedCallback() {
		const form = this.form;
		form.hidden = false;
		this.#state = stateFromSearch(location.search);
		this.#syncForm();
		// First touch of the form: load the data and show the counts.
		const start = () => void this.#update(null, false);
		form.addEventListener('focusin', start, { once: true });
		form.addEventListener('pointerdown', start, { once: true });
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			clearTimeout(this.#typing);
			this.#readForm();
			this.#state.page = 1;
			void this.#update('push');
		});
		form.addEventListener('change', (e) => {
			const target = e.target as HTMLInputElement | HTMLSelectElement;
			if (target.name === 'q') return;
			this.#readForm();
			this.#state.page = 1;
			void this.#update('push');
		});
		form.addEventListener('input', (e) => {
			if ((e.target as HTMLInputElement).name !== 'q') return;
			clearTimeout(this.#typing);
			this.#typing = window.setTimeout(() => {
				this.#readForm();
				this.#state.page = 1;
				void this.#update('replace');
			}, 250);
		});
		this.querySelectorAll<HTMLButtonElement>('[data-reset]').forEach((b) =>
			b.addEventListener('click', (e) => {
				e.preventDefault();
				this.#state = emptyState();
				this.#syncForm();
				void this.#update('push');
				(this.querySelector('#finder-q') as HTMLInputElement | null)?.focus();
			}),
		);
		this.querySelector('[data-pages]')!.addEventListener('click', (e) => {
			const link = (e.target as HTMLElement).closest('a[data-page]') as HTMLAnchorElement | null;
			if (!link || !this.#items.length) return;
			e.preventDefault();
			this.#state.page = Number(link.dataset.page);
			void this.#update('push');
			this.querySelector<HTMLElement>('[data-summary]')?.scrollIntoView({ block: 'start' });
		});
		window.addEventListener('popstate', () => {
			this.#state = stateFromSearch(location.search);
			this.#syncForm();
			void this.#update(null);
		});
		if (!isDefaultState(this.#state) && location.pathname.replace(/\/$/, '').endsWith('/program')) void this.#update(null);
	}

	/** Loads the finder data once. */
	#load(): Promise<void> {
		this.#loading ??= (async () => {
			const res = await fetch(this.dataset.index!);
			if (!res.ok) throw new Error(`finder data: HTTP ${res.status}`);
			const today = todayInBontang(new Date());
			this.#items = (await res.json()) as FinderItem[];
			for (const item of this.#items) {
				item.status = programStatus(item.schedule, today);
				if (item.pf) this.#bySearchId.set(item.pf, item.slug);
			}
			// Each kelurahan checkbox names its kecamatan (data-kecamatan), so no map ships in the script.
			for (const input of this.form.querySelectorAll<HTMLInputElement>('input[name=kelurahan]')) {
				if (input.dataset.kecamatan) this.#kecamatanOf.set(input.value, input.dataset.kecamatan);
			}
		})();
		return this.#loading;
	}

	async #search(q: string): Promise<string[]> {
		this.#pagefind ??= (async () => {
			const pagefind = (await import(/* @vite-ignore */ `${this.dataset.pagefind}pagefind.js`)) as Pagefind;
			await pagefind.options({ baseUrl: `${this.dataset.base}/` });
			return pagefind;
		})();
		const result = await (await this.#pagefind).search(q, { filters: { tipe: 'program' } });
		return (result?.results ?? []).map((r) => this.#bySearchId.get(r.id)).filter((s): s is string => !!s);
	}

	#readForm() {
		const data = new FormData(this.form);
		const state = emptyState();
		state.q = String(data.get('q') ?? '').trim();
		for (const g of GROUPS) state.filters[g] = data.getAll(g).map(String);
		state.sort = (data.get('urut') as FinderState['sort']) ?? 'relevan';
		this.#state = state;
	}

	#syncForm() {
		const f = this.form;
		(f.elements.namedItem('q') as HTMLInputElement).value = this.#state.q;
		(f.elements.namedItem('urut') as HTMLSelectElement).value = this.#state.sort;
		for (const input of f.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
			input.checked = this.#state.filters[input.name as Group]?.includes(input.value) ?? false;
		}
		const selected = GROUPS.reduce((n, g) => n + this.#state.filters[g].length, 0);
		const details = f.querySelector('details')!;
		if (selected) details.open = true;
		f.querySelector('[data-selected-count]')!.textContent = selected ? `(${selected} dipilih)` : '';
	}

	/**
	 * Loads what is needed, then renders. `sync` writes the state back into the form (after Back, a
	 * reset); it is off for the first-touch load so it never overwrites what the visitor is typing.
	 */
	async #update(history: 'push' | 'replace' | null, sync = true) {
		const summary = this.querySelector<HTMLElement>('[data-summary]')!;
		try {
			await this.#load();
			if (this.#state.q !== this.#lastQuery || (this.#state.q && !this.#textMatches)) {
				this.#lastQuery = this.#state.q;
				this.#textMatches = this.#state.q ? await this.#search(this.#state.q) : null;
			}
		} catch {
			summary.textContent = 'Maaf, pencarian tidak bisa dimuat. Daftar di bawah tetap bisa dibuka halaman demi halaman.';
			return;
		}
		if (history) {
			const url = `${location.pathname}${searchFromState(this.#state)}${location.hash}`;
			if (history === 'push') window.history.pushState(null, '', url);
			else window.history.replaceState(null, '', url);
		}
		if (sync) this.#syncForm();
		this.#render();
	}

	#render() {
		const ctx = { kecamatanOf: (k: string) => this.#kecamatanOf.get(k) ?? '', textMatches: this.#textMatches };
		const matched = sortItems(filterItems(this.#items, this.#state, ctx), this.#state.sort, this.#textMatches);
		const { items, pages, page } = paginate(matched, this.#state.page);

		// Counts next to every option.
		const options = Object.fromEntries(GROUPS.map((g) => [g, [] as string[]])) as unknown as Record<Group, string[]>;
		const countEls = this.form.querySelectorAll<HTMLElement>('[data-count]');
		for (const el of countEls) {
			const [g, v] = el.dataset.count!.split(':') as [Group, string];
			options[g].push(v);
		}
		const counts = facetCounts(this.#items, this.#state, ctx, options);
		for (const el of countEls) {
			const [g, v] = el.dataset.count!.split(':') as [Group, string];
			el.textContent = `(${counts[g][v] ?? 0})`;
		}

		// Results.
		const list = document.createElement('ul');
		list.className = 'program-list';
		for (const item of items) list.append(this.#card(item));
		this.querySelector('[data-results]')!.replaceChildren(list);
		(this.querySelector('[data-empty]') as HTMLElement).hidden = matched.length > 0;
		this.querySelector<HTMLElement>('[data-summary]')!.textContent = matched.length
			? `${matched.length} program ditemukan${pages > 1 ? `, halaman ${page} dari ${pages}` : ''}.`
			: 'Tidak ada program yang cocok.';

		// Pagination keeps the current filters.
		const nav = this.querySelector('[data-pages] ul')!;
		nav.replaceChildren(
			...Array.from({ length: pages }, (_, i) => {
				const n = i + 1;
				const li = document.createElement('li');
				if (n === page) {
					const span = document.createElement('span');
					span.setAttribute('aria-current', 'page');
					span.textContent = String(n);
					li.append(span);
				} else {
					const a = document.createElement('a');
					a.href = `${location.pathname}${searchFromState({ ...this.#state, page: n })}`;
					a.dataset.page = String(n);
					a.textContent = String(n);
					li.append(a);
				}
				return li;
			}),
		);
	}

	#card(item: FinderItem): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'program-card';
		li.dataset.slug = item.slug;
		const h = document.createElement('h2');
		h.className = 'program-card__title';
		const a = document.createElement('a');
		a.href = `${this.dataset.base}/program/${item.slug}/`;
		a.textContent = item.title;
		h.append(a);
		const badge = document.createElement('bb-status');
		badge.className = 'status-badge';
		badge.dataset.status = item.status;
		badge.textContent = STATUSES[item.status].id;
		const summary = document.createElement('p');
		summary.className = 'program-card__summary';
		summary.textContent = item.summary;
		const meta = document.createElement('p');
		meta.className = 'program-card__meta';
		meta.textContent = item.meta;
		li.append(h, badge, summary, meta);
		return li;
	}
}

if (!customElements.get('bb-finder')) customElements.define('bb-finder', BbFinder);
