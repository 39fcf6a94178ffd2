/**
 * The question logic of /cek-bantuan/ (and its printable list, /cek-bantuan/cetak/), loaded on first
 * use by <bb-cek-bantuan>. State lives only in the URL fragment: Back, reload and a shared link keep
 * the answers, and no request ever carries them (the one request made, data.json, is the same for all).
 * Nothing is stored: no cookies, no localStorage/sessionStorage/IndexedDB.
 */
import {
	BPJS_GUIDE, DTSEN_GUIDE, MEMBERS, QUESTION_COUNT, VERDICTS, checklist, countByVerdict, hashFromState, listWords, matchHousehold, shareText, stateFromHash,
	type CekProgram, type CekState, type Checklist, type Match, type Result, type Verdict,
} from '../lib/eligibility';
import { STATUSES } from '../lib/status';
import { todayInBontang } from '../lib/dates';
import { whatsappHref } from '../lib/share-text';

interface Data {
	programs: CekProgram[];
	guides: Record<string, string>;
}

const RESULT_STEP = QUESTION_COUNT + 1;

/** Small DOM builder: text only (never HTML), so program data cannot inject markup. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null | undefined | false)[]): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
	for (const c of children) if (c) el.append(c);
	return el;
}

function compute(data: Data, state: CekState, detailsFor?: Verdict[]): { result: Result; list: Checklist } {
	const result = matchHousehold(data.programs, state, todayInBontang());
	return { result, list: checklist(data.programs, result, detailsFor) };
}

function summaryText(result: Result): string {
	const n = countByVerdict(result);
	return `Hasil: ${n.cocok} kemungkinan cocok, ${n.cek} perlu dicek, ${n.belum} belum cocok.`;
}

function guideLink(base: string, data: Data, slug: string): HTMLElement | null {
	const title = data.guides[slug];
	return title ? h('a', { href: `${base}/panduan/${slug}/` }, title) : null;
}

function matchItem(base: string, data: Data, m: Match): HTMLElement {
	const status = m.group === 'sekarang' ? null : h('span', { class: 'cb-status' }, ` (${STATUSES[m.status].id})`);
	const guides = m.guides.map((g) => guideLink(base, data, g)).filter((x): x is HTMLElement => x !== null);
	return h(
		'li',
		{ class: 'cb-item', 'data-slug': m.slug, 'data-verdict': m.verdict },
		h('a', { href: `${base}/program/${m.slug}/` }, m.title),
		status,
		h('p', {}, m.reason),
		guides.length ? h('p', {}, 'Baca: ', ...guides.flatMap((g, i) => (i ? [', ', g] : [g]))) : null,
	);
}

function checklistNodes(list: Checklist, level: 'h3' | 'h4'): HTMLElement[] {
	const out: HTMLElement[] = [];
	// Items come in program order: name the program(s) once above their items, not after every one.
	const items = (rows: { text: string; from: string[] }[]) =>
		h('ul', { class: 'cb-check' }, ...rows.flatMap((r, i) => {
			const key = r.from.join('\n');
			const head = i === 0 || rows[i - 1]!.from.join('\n') !== key ? [h('li', { class: 'cb-for' }, `Untuk ${listWords(r.from)}:`)] : [];
			return [...head, h('li', {}, r.text)];
		}));
	if (list.documents.length) out.push(h(level, {}, 'Dokumen yang dibawa'), items(list.documents));
	if (list.offices.length) {
		// An office asked about many programs gets a count, not a paragraph of titles.
		const forWhat = (from: string[]) => (from.length > 2 ? `${from.length} program di atas` : listWords(from));
		out.push(h(level, {}, 'Kantor yang didatangi atau ditanya'), h('ul', { class: 'cb-check' }, ...list.offices.map((o) => h('li', {}, o.name, h('span', { class: 'cb-from' }, ` (untuk ${forWhat(o.from)})`)))));
	}
	if (list.steps.length) out.push(h(level, {}, 'Langkah'), items(list.steps));
	if (!list.documents.length) out.push(h('p', {}, 'Sumber program-program ini tidak menyebut dokumen yang perlu dibawa: tanyakan dulu ke kantor di atas.'));
	return out;
}

function resultNodes(base: string, data: Data, state: CekState, result: Result, list: Checklist): HTMLElement[] {
	const by = (v: Verdict) => result.matches.filter((m) => m.verdict === v);
	const out: HTMLElement[] = [h('p', { class: 'cb-summary' }, summaryText(result))];
	if (result.unmatchedMembers.length) {
		out.push(
			h('p', { class: 'cb-gap' }, `Perlu dicek: situs ini belum punya kelompok sasaran untuk ${listWords(result.unmatchedMembers.map((m) => MEMBERS[m].who))}, jadi bantuan khusus untuk mereka belum bisa dicocokkan di sini. Tanyakan ke kantor kelurahan.`),
		);
	}
	const guides = result.guides.map((g) => [g, guideLink(base, data, g)] as const).filter(([, a]) => a);
	if (guides.length) {
		const why: Record<string, string> = {
			[DTSEN_GUIDE]: 'banyak bantuan memilih penerimanya dari DTSEN',
			[BPJS_GUIDE]: 'BPJS yang tidak aktif bisa diurus',
		};
		out.push(h('h3', {}, 'Panduan yang perlu dibaca'), h('ul', { 'data-guides': '' }, ...guides.map(([g, a]) => h('li', {}, a, why[g] ? ` (${why[g]})` : ''))));
	}
	for (const v of ['cocok', 'cek'] as const) {
		const list = by(v);
		out.push(h('h3', {}, `${VERDICTS[v]} (${list.length})`));
		out.push(list.length ? h('ul', { 'data-verdict-list': v }, ...list.map((m) => matchItem(base, data, m))) : h('p', {}, 'Tidak ada.'));
	}
	const no = by('belum');
	if (no.length) {
		out.push(h('details', {}, h('summary', {}, `${VERDICTS.belum} (${no.length})`), h('ul', { 'data-verdict-list': 'belum' }, ...no.map((m) => matchItem(base, data, m)))));
	}
	out.push(h('h3', {}, 'Yang perlu dibawa dan dilakukan'), ...checklistNodes(list, 'h4'));

	// Sharing: the list by WhatsApp (answers only when ticked), and the printable page.
	const hash = hashFromState(state);
	const plainUrl = new URL(`${base}/cek-bantuan/`, location.origin).href;
	// A short message: documents of the likely programs only (as on the printed page).
	const short = checklist(data.programs, result, ['cocok']);
	const tick = h('input', { type: 'checkbox', id: 'cb-include' });
	const wa = h('a', { href: whatsappHref(shareText(result, short, plainUrl)), 'data-whatsapp': '' }, 'Kirim daftar ini lewat WhatsApp');
	tick.addEventListener('change', () => {
		wa.setAttribute('href', whatsappHref(shareText(result, short, (tick as HTMLInputElement).checked ? plainUrl + hash : plainUrl, (tick as HTMLInputElement).checked ? state : undefined)));
	});
	out.push(
		h('div', { class: 'cb-share' },
			h('a', { href: `${base}/cek-bantuan/cetak/${hash}`, 'data-print-link': '' }, 'Cetak daftar ini (satu halaman A4)'),
			wa,
			h('label', { class: 'cb__option', for: 'cb-include' }, tick, ' Sertakan jawaban saya di pesan'),
		),
	);
	return out;
}

/** Fills the page's fields from the state (after Back, reload or a shared link). */
function syncFields(root: HTMLElement, s: CekState) {
	root.querySelector<HTMLSelectElement>('[data-field=place]')!.value = s.place ?? '';
	root.querySelectorAll<HTMLInputElement>('input[name=members]').forEach((i) => (i.checked = s.members?.includes(i.value as never) ?? false));
	root.querySelectorAll<HTMLInputElement>('input[name=dtsen]').forEach((i) => (i.checked = i.value === s.dtsen));
	root.querySelectorAll<HTMLInputElement>('input[name=bpjs]').forEach((i) => (i.checked = i.value === s.bpjs));
	root.querySelector<HTMLInputElement>('[data-helper]')!.checked = s.helper;
	root.toggleAttribute('data-helper-on', s.helper);
}

/** Reads the answer of one question from its fields; undefined = nothing chosen. */
function readField(root: HTMLElement, step: number, s: CekState): CekState {
	const next = { ...s };
	if (step === 1) {
		const v = root.querySelector<HTMLSelectElement>('[data-field=place]')!.value;
		if (v) next.place = v as CekState['place'];
		else delete next.place;
	} else if (step === 2) {
		next.members = [...root.querySelectorAll<HTMLInputElement>('input[name=members]:checked')].map((i) => i.value as never);
	} else if (step === 3) {
		const v = root.querySelector<HTMLInputElement>('input[name=dtsen]:checked')?.value;
		if (v) next.dtsen = v as CekState['dtsen'];
		else delete next.dtsen;
	} else if (step === 4) {
		const v = root.querySelector<HTMLInputElement>('input[name=bpjs]:checked')?.value;
		if (v) next.bpjs = v as CekState['bpjs'];
		else delete next.bpjs;
	}
	return next;
}

const FIELD_OF: Record<number, keyof CekState> = { 1: 'place', 2: 'members', 3: 'dtsen', 4: 'bpjs' };

async function loadData(el: HTMLElement): Promise<Data> {
	const res = await fetch(el.dataset.src!);
	if (!res.ok) throw new Error(`data ${res.status}`);
	return res.json();
}

export async function mount(el: HTMLElement): Promise<void> {
	if (el.dataset.mode === 'print') return mountPrint(el);
	const root = el.querySelector<HTMLElement>('[data-app]')!;
	const live = root.querySelector<HTMLElement>('[data-live]')!;
	const results = root.querySelector<HTMLElement>('[data-results]')!;
	const base = el.dataset.base ?? '';
	let data: Data;
	try {
		data = await loadData(el);
	} catch {
		live.textContent = 'Data program tidak bisa dimuat. Periksa sambungan internet, lalu muat ulang halaman.';
		return;
	}
	el.dataset.ready = '1';
	let state = stateFromHash(location.hash);

	const restart = root.querySelector<HTMLButtonElement>('[data-restart]')!;
	const render = (focus: boolean) => {
		syncFields(root, state);
		// "Mulai lagi" returns to the empty start; on that start, with nothing answered, it would do nothing.
		restart.hidden = hashFromState(state) === '';
		root.querySelectorAll<HTMLElement>('[data-step]').forEach((s) => (s.hidden = Number(s.dataset.step) !== state.step));
		if (state.step === RESULT_STEP) {
			const { result, list } = compute(data, state);
			results.replaceChildren(...resultNodes(base, data, state, result, list));
			live.textContent = summaryText(result);
		} else {
			live.textContent = '';
		}
		if (focus) root.querySelector<HTMLElement>(`[data-step="${state.step}"] h2`)?.focus();
	};
	const go = (next: CekState, mode: 'push' | 'replace' = 'push') => {
		const from = state.step;
		state = next;
		const url = location.pathname + location.search + hashFromState(state);
		if (mode === 'push') {
			// The entry being left keeps its answer too, so that Back shows it ticked.
			history.replaceState(null, '', location.pathname + location.search + hashFromState({ ...state, step: from }));
			history.pushState(null, '', url);
		}
		else history.replaceState(null, '', url);
		render(mode === 'push');
	};

	root.addEventListener('click', (e) => {
		const button = (e.target as HTMLElement).closest('button');
		if (!button) return;
		if (button.hasAttribute('data-start')) go({ ...state, step: 1 });
		else if (button.hasAttribute('data-next')) go({ ...readField(root, state.step, state), step: state.step + 1 });
		else if (button.hasAttribute('data-skip')) {
			const next = { ...state, step: state.step + 1 };
			delete next[FIELD_OF[state.step]!];
			go(next);
		} else if (button.hasAttribute('data-restart')) {
			state = { step: 0, helper: false };
			history.pushState(null, '', location.pathname + location.search);
			results.replaceChildren();
			render(true);
		}
	});
	root.querySelector<HTMLInputElement>('[data-helper]')!.addEventListener('change', (e) => {
		go({ ...state, helper: (e.target as HTMLInputElement).checked }, 'replace');
	});
	const fromAddress = () => {
		state = stateFromHash(location.hash);
		render(true);
	};
	window.addEventListener('popstate', fromAddress);
	window.addEventListener('hashchange', fromAddress);
	render(false);
}

/** /cek-bantuan/cetak/#…: the list on one A4 page, from the same fragment. */
async function mountPrint(el: HTMLElement): Promise<void> {
	const out = el.querySelector<HTMLElement>('[data-print-root]')!;
	let data: Data;
	try {
		data = await loadData(el);
	} catch {
		out.replaceChildren(h('p', {}, 'Data program tidak bisa dimuat, jadi daftar ini belum bisa dibuat. Periksa sambungan internet, lalu muat ulang halaman.'));
		return;
	}
	el.dataset.ready = '1';
	const state = stateFromHash(location.hash);
	const { result, list } = compute(data, state, ['cocok']);
	const titles = (v: Verdict) => result.matches.filter((m) => m.verdict === v);
	const guides = result.guides.filter((g) => data.guides[g]);
	out.replaceChildren(
		...(['cocok', 'cek'] as const).flatMap((v) =>
			titles(v).length ? [h('h2', {}, `${VERDICTS[v]} (${titles(v).length})`), h('ul', { class: 'cb-programs' }, ...titles(v).map((m) => h('li', {}, m.title, m.group === 'sekarang' ? '' : ` (${STATUSES[m.status].id})`)))] : [],
		),
		// Titles only: the addresses are one scan away (QR below, menu "Panduan"), and paper is short.
		...(guides.length ? [h('h2', {}, 'Panduan di situs (menu Panduan)'), h('ul', { class: 'cb-programs' }, ...guides.map((g) => h('li', {}, data.guides[g]!)))] : []),
		h('h2', {}, 'Yang perlu dibawa dan dilakukan'),
		h('p', {}, `Dokumen dan langkah untuk program yang kemungkinan cocok. Untuk yang perlu dicek, tanyakan dulu ke kantornya.`),
		...checklistNodes(list, 'h3'),
	);
	fitToPage(el.querySelector<HTMLElement>('main')!);
	el.querySelector<HTMLButtonElement>('[data-print]')?.removeAttribute('data-pending');
}

/**
 * A long list must still print on one A4 page: shrink the print type step by step (not below 7.5pt)
 * until the page's content fits the printable height (A4 297 mm minus the 2 × 14 mm margins of flyer.css).
 */
function fitToPage(main: HTMLElement) {
	const printable = ((297 - 28) / 25.4) * 96;
	const width = `${((210 - 28) / 25.4) * 96}px`;
	const saved = main.style.cssText;
	for (let pt = 10; pt >= 7.5; pt -= 0.5) {
		// Measure as print would lay it out: A4 text width, print font size.
		main.style.cssText = `${saved};width:${width};max-width:none;font-size:${pt}pt`;
		const fits = main.scrollHeight <= printable;
		main.style.cssText = saved;
		document.documentElement.style.setProperty('--cb-print-size', `${pt}pt`);
		if (fits) break;
	}
}
