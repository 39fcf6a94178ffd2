/**
 * The finder's logic, loaded by <bb-finder> (src/scripts/finder.ts) on first use, at once when the
 * address already holds a search, or when the browser is idle. The HTML already works (a paginated
 * list); this adds text search, filters with counts, sorting and a URL that holds the whole state.
 * The data (/program/finder.json) and Pagefind load only when the visitor starts using the finder,
 * or straight away when the URL already asks for a search.
 */
import {
	GROUPS, emptyState, groupCounts, groupRuns, hasPlace, isDefaultState, paginate, searchForPages, searchFromState,
	selectedCount, stateFromSearch, summaryText, type FinderItem, type FinderState, type Group,
} from '../lib/finder';
import { createFinderEngine, type FinderEngine } from '../lib/finder-engine';
import { programStatus, STATUSES, STATUS_GROUPS } from '../lib/status';
import { todayInBontang } from '../lib/dates';
import { createSearch } from './pagefind-search';

/** What happened before this module arrived (see finder.ts). */
export interface Handover {
	/** The visitor touched, focused or typed in the finder: load the data now. */
	touched: boolean;
	/** Fields the visitor changed meanwhile (ticked a box, typed a keyword, picked an order): they win over the address. */
	edited: Set<HTMLInputElement | HTMLSelectElement>;
}

/** Runs `fn` when the browser has a moment, so loading never delays a tap (Safari has no requestIdleCallback). */
const whenIdle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 50));

class Finder {
	#root: HTMLElement;
	#form: HTMLFormElement;
	#items: FinderItem[] = [];
	#engine: FinderEngine | null = null;
	#bySearchId = new Map<string, string>();
	#kecamatanOf = new Map<string, string>();
	#state: FinderState = emptyState();
	#textMatches: string[] | null = null;
	#loading: Promise<void> | null = null;
	#pagefind: ReturnType<typeof createSearch> | null = null;
	#typing = 0;
	/** The latest keyword searched and its (pending or finished) matches. */
	#text: { q: string; matches: Promise<string[]> } | null = null;
	/** Updates still waiting for data or a search. */
	#pending = 0;
	/** The options the form shows, per group (read once from its checkboxes: they never change). */
	#known: Record<Group, string[]>;
	#checkboxes: HTMLInputElement[];
	/** Every "(n)" next to an option, with its group and value, and the text it shows now. */
	#countEls: { el: HTMLElement; group: Group; value: string; text: string }[];

	constructor(root: HTMLElement) {
		this.#root = root;
		this.#form = root.querySelector('form')!;
		this.#checkboxes = [...this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
		this.#known = Object.fromEntries(GROUPS.map((g) => [g, [] as string[]])) as unknown as Record<Group, string[]>;
		for (const input of this.#checkboxes) this.#known[input.name as Group]?.push(input.value);
		this.#countEls = [...this.#form.querySelectorAll<HTMLElement>('[data-count]')].map((el) => {
			const [group, value] = el.dataset.count!.split(':') as [Group, string];
			return { el, group, value, text: el.textContent ?? '' };
		});
		// Each kelurahan checkbox names its kecamatan (data-kecamatan), so no map ships in the script.
		for (const input of this.#checkboxes) if (input.name === 'kelurahan' && input.dataset.kecamatan) this.#kecamatanOf.set(input.value, input.dataset.kecamatan);
	}

	mount({ touched, edited }: Handover) {
		const form = this.#form;
		// What the visitor ticked, typed or picked while this module was on its way is kept, not overwritten.
		const kept = [...edited].map((el) => [el, el.type === 'checkbox' ? (el as HTMLInputElement).checked : el.value] as const);
		this.#state = stateFromSearch(location.search);
		this.#syncForm();
		for (const [el, value] of kept) {
			if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
			else el.value = value;
		}
		if (kept.length) this.#readForm();
		// Results first on a phone: the filters stay folded even when the address names some (the
		// summary line says how many are ticked); on a wide screen there is room to show them.
		const details = form.querySelector('details')!;
		details.open = selectedCount(this.#state, this.#known) > 0 && matchMedia('(min-width: 50rem)').matches;
		// "Lihat N program", sticky at the bottom of the open filters: jumps to the results.
		this.#root.querySelector('[data-jump]')?.addEventListener('click', (e) => {
			e.preventDefault();
			const summary = this.#root.querySelector<HTMLElement>('[data-summary]')!;
			summary.scrollIntoView({ block: 'start' });
			summary.focus({ preventScroll: true });
		});
		// First touch of the form: load the data and show the counts.
		const start = () => void this.#update(null, false);
		if (touched) start();
		else {
			form.addEventListener('focusin', start, { once: true });
			form.addEventListener('pointerdown', start, { once: true });
		}
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
		const typed = () => {
			clearTimeout(this.#typing);
			this.#typing = window.setTimeout(() => {
				this.#readForm();
				this.#state.page = 1;
				void this.#update('replace');
			}, 250);
		};
		form.addEventListener('input', (e) => {
			if ((e.target as HTMLInputElement).name === 'q') typed();
		});
		this.#root.querySelectorAll<HTMLButtonElement>('[data-reset]').forEach((b) =>
			b.addEventListener('click', (e) => {
				e.preventDefault();
				this.#state = emptyState();
				this.#syncForm();
				void this.#update('push');
				(this.#root.querySelector('#finder-q') as HTMLInputElement | null)?.focus();
			}),
		);
		this.#root.querySelector('[data-pages]')!.addEventListener('click', (e) => {
			const link = (e.target as HTMLElement).closest('a[data-page]') as HTMLAnchorElement | null;
			if (!link || !this.#engine) return;
			e.preventDefault();
			this.#state.page = Number(link.dataset.page);
			void this.#update('push');
			this.#root.querySelector<HTMLElement>('[data-summary]')?.scrollIntoView({ block: 'start' });
		});
		window.addEventListener('popstate', () => {
			this.#state = stateFromSearch(location.search);
			this.#syncForm();
			void this.#update(null);
		});
		if (kept.length) {
			// Only a keyword typed: it may not be finished, so wait as for typing; anything else counts at once.
			if (kept.every(([el]) => el.name === 'q')) typed();
			else {
				this.#state.page = 1;
				void this.#update('push');
			}
		} else if (!isDefaultState(this.#state) && location.pathname.replace(/\/$/, '').endsWith('/program')) void this.#update(null);
	}

	/**
	 * Loads the finder data once, then prepares the engine's per-option lookups while the browser is
	 * idle (a click before that prepares only what it needs).
	 */
	#load(): Promise<void> {
		this.#loading ??= (async () => {
			const res = await fetch(this.#root.dataset.index!);
			if (!res.ok) throw new Error(`finder data: HTTP ${res.status}`);
			const today = todayInBontang(new Date());
			this.#items = (await res.json()) as FinderItem[];
			for (const item of this.#items) {
				item.status = programStatus(item.schedule, today);
				if (item.pf) this.#bySearchId.set(item.pf, item.slug);
			}
			const engine = createFinderEngine(this.#items, (k) => this.#kecamatanOf.get(k) ?? '');
			this.#engine = engine;
			// One group per idle moment: each is a short task, so a tap in between is answered at once.
			const warm = (i: number) => whenIdle(() => {
				const g = GROUPS[i];
				if (!g) return;
				engine.warm({ [g]: this.#known[g] });
				warm(i + 1);
			});
			warm(0);
		})();
		return this.#loading;
	}

	async #search(q: string): Promise<string[]> {
		this.#pagefind ??= createSearch({
			bundle: this.#root.dataset.pagefind!,
			base: this.#root.dataset.base ?? '',
			// Program pages are written in Indonesian, so their index is searched from the English finder too.
			language: this.#root.dataset.searchLang ?? document.documentElement.lang.toLowerCase(),
		});
		const hits = await this.#pagefind(q, { filters: { tipe: 'program' } });
		await this.#load();
		return hits.map((r) => this.#bySearchId.get(r.id)).filter((s): s is string => !!s);
	}

	#readForm() {
		const data = new FormData(this.#form);
		const state = emptyState();
		state.q = String(data.get('q') ?? '').trim();
		for (const g of GROUPS) state.filters[g] = data.getAll(g).map(String);
		state.sort = (data.get('urut') as FinderState['sort']) ?? 'relevan';
		this.#state = state;
	}

	/** Writes the state into the form, touching only what differs (no needless style work). */
	#syncForm() {
		const f = this.#form;
		const q = f.elements.namedItem('q') as HTMLInputElement;
		if (q.value !== this.#state.q) q.value = this.#state.q;
		const sort = f.elements.namedItem('urut') as HTMLSelectElement;
		if (sort.value !== this.#state.sort) sort.value = this.#state.sort;
		for (const input of this.#checkboxes) {
			const checked = this.#state.filters[input.name as Group]?.includes(input.value) ?? false;
			if (input.checked !== checked) input.checked = checked;
		}
		const selected = selectedCount(this.#state, this.#known);
		setText(f.querySelector('[data-selected-count]')!, selected ? `(${selected} dipilih)` : '');
	}

	/**
	 * Loads what is needed, then renders. `sync` writes the state back into the form (after Back, a
	 * reset); it is off for the first-touch load so it never overwrites what the visitor is typing.
	 */
	async #update(history: 'push' | 'replace' | null, sync = true) {
		const summary = this.#root.querySelector<HTMLElement>('[data-summary]')!;
		// aria-busy while the data or a search is on its way: screen readers wait, and tests know when it is done.
		const results = this.#root.querySelector('[data-results]')!;
		if (this.#pending++ === 0) results.setAttribute('aria-busy', 'true');
		try {
			try {
				const q = this.#state.q;
				// The keyword search starts beside the data download, not after it: on a slow line the two
				// downloads overlap (its ids are matched to programs once the data is there, in #search).
				const matching = this.#matchesFor(q);
				await this.#load();
				const matches = await matching;
				// The keyword changed while this search ran: the update for the new one renders.
				if (q !== this.#state.q) return;
				this.#textMatches = matches;
			} catch {
				summary.textContent = 'Maaf, pencarian tidak bisa dimuat. Daftar di bawah tetap bisa dibuka halaman demi halaman.';
				return;
			}
			this.#show(history, sync);
		} finally {
			if (--this.#pending === 0) results.removeAttribute('aria-busy');
		}
	}

	/**
	 * The programs matching a keyword, in relevance order (null without one). One search per keyword:
	 * a click while it runs waits for it instead of starting the same search again.
	 */
	#matchesFor(q: string): Promise<string[] | null> {
		if (!q) return Promise.resolve(null);
		if (this.#text?.q !== q) {
			const matches = this.#search(q);
			// A failed search is tried again next time.
			matches.catch(() => {
				if (this.#text?.matches === matches) this.#text = null;
			});
			this.#text = { q, matches };
		}
		return this.#text.matches;
	}

	#show(history: 'push' | 'replace' | null, sync: boolean) {
		if (sync) this.#syncForm();
		this.#render();
		if (history) {
			// The address follows once the results are painted: pushState costs 10-15 ms a call on a
			// busy phone, and nobody looks at the address bar before the results.
			const url = `${location.pathname}${searchFromState(this.#state)}${location.hash}`;
			afterPaint(() => {
				if (history === 'push') window.history.pushState(null, '', url);
				else window.history.replaceState(null, '', url);
			});
		}
	}

	#render() {
		const engine = this.#engine!;
		const matched = engine.results(this.#state, this.#textMatches);
		const { items, pages, page } = paginate(matched, this.#state.page);

		// Counts next to every option; only the ones that changed are written.
		const counts = engine.counts(this.#state, this.#textMatches, this.#known);
		for (const c of this.#countEls) {
			const text = `(${counts[c.group][c.value] ?? 0})`;
			if (text !== c.text) c.el.textContent = c.text = text;
		}

		// Results under one heading per status group, as the server renders them (the sort keeps groups together).
		const parts: HTMLElement[] = [];
		const totals = groupCounts(matched);
		for (const run of groupRuns(items)) {
			const h = document.createElement('h2');
			h.className = 'finder__group';
			h.dataset.group = run.group;
			h.textContent = `${STATUS_GROUPS[run.group].id} (${totals[run.group]})`;
			parts.push(h);
			if (run.group === 'arsip') {
				const note = document.createElement('p');
				note.className = 'finder__archive-note';
				note.textContent = 'Dicatat sebagai riwayat; pendaftarannya tidak dibuka lagi.';
				parts.push(note);
			}
			parts.push(this.#list(run.items));
		}
		this.#root.querySelector('[data-results]')!.replaceChildren(...parts);
		(this.#root.querySelector('[data-empty]') as HTMLElement).hidden = matched.length > 0;
		// Always written, even when unchanged: the live region then confirms each change to a screen reader.
		this.#root.querySelector<HTMLElement>('[data-summary]')!.textContent = summaryText(matched, hasPlace(this.#state), page, pages);
		const jump = this.#root.querySelector('[data-jump-count]');
		if (jump) setText(jump, String(matched.length));

		// Pagination keeps the current filters; with one page there is nothing to choose.
		(this.#root.querySelector('[data-pages]') as HTMLElement).hidden = pages < 2;
		const nav = this.#root.querySelector('[data-pages] ul')!;
		const search = searchForPages(this.#state);
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
					a.href = `${location.pathname}${search(n)}`;
					a.dataset.page = String(n);
					a.textContent = String(n);
					li.append(a);
				}
				return li;
			}),
		);
	}

	#list(items: FinderItem[]): HTMLUListElement {
		const list = document.createElement('ul');
		list.className = 'program-list';
		for (const item of items) list.append(this.#card(item));
		return list;
	}

	#card(item: FinderItem): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'program-card';
		li.dataset.slug = item.slug;
		const h = document.createElement('h3');
		h.className = 'program-card__title';
		const a = document.createElement('a');
		a.href = `${this.#root.dataset.base}/program/${item.slug}/`;
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
		if (item.stale) li.append(staleLabel());
		return li;
	}
}

/**
 * Runs `fn` after the next paint, in order with earlier calls (a frame, then a task). Address updates
 * wait here; in a hidden tab, where frames stop, a timer runs it instead.
 */
function afterPaint(fn: () => void) {
	if (document.visibilityState === 'hidden') setTimeout(fn, 0);
	else requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Writes text only when it differs (no needless style and layout work). */
function setText(el: Element, text: string) {
	if (el.textContent !== text) el.textContent = text;
}

/** Same words and class as ProgramCard.astro's label for entries not re-checked for a long time. */
function staleLabel(): HTMLParagraphElement {
	const p = document.createElement('p');
	p.className = 'program-card__stale';
	p.textContent = 'Lama tidak dicek: pastikan dulu ke penyelenggara';
	return p;
}

/** Takes over the server-rendered finder inside `root` (<bb-finder>). */
export function mount(root: HTMLElement, handover: Handover): void {
	new Finder(root).mount(handover);
}
