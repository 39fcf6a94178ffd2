import { describe, expect, test } from 'vitest';
import {
	GROUPS, emptyState, facetCounts, groupCounts, groupRuns, filterItems, matchesGroup, paginate, searchFromState, selectedCount, sortItems, stateFromSearch, summaryText,
	type FinderItem, type FinderContext, type Group,
} from '../../src/lib/finder';
import { kecamatanOf, type Kelurahan } from '../../src/schemas/wilayah';

const item = (slug: string, o: Partial<FinderItem> = {}): FinderItem => ({
	slug, title: slug, summary: '', strategy: 'a', kind: 'pelatihan-keterampilan', targetGroups: ['pencari-kerja'],
	kecamatan: [], kelurahan: [], cost: 'gratis', status: 'selesai', latest: '2020-01-01',
	schedule: { type: 'berkelanjutan' }, meta: '', ...o,
});

const items = [
	item('jahit', { kind: 'pelatihan-keterampilan', targetGroups: ['ibu-rumah-tangga'], kecamatan: ['bontang-utara'], kelurahan: ['loktuan'], status: 'dibuka', latest: '2026-10-01', closes: '2026-12-05' }),
	item('tani', { strategy: 'b', kind: 'pertanian-pangan', targetGroups: ['petani-nelayan', 'ibu-rumah-tangga'], kecamatan: ['bontang-selatan'], latest: '2022-09-06' }),
	item('bpjs', { strategy: 'c', kind: 'pemeriksaan-kesehatan', targetGroups: ['warga-umum'], status: 'berkelanjutan', latest: '2020-12-14' }),
	item('modal', { strategy: 'b', kind: 'modal-usaha', targetGroups: ['umkm'], cost: 'tidak-diketahui', status: 'segera', latest: '2026-12-01', closes: '2027-01-10' }),
];
const ctx: FinderContext = { kecamatanOf: (k) => kecamatanOf(k as Kelurahan), textMatches: null };
const slugs = (list: FinderItem[]) => list.map((i) => i.slug);

describe('URL state', () => {
	test('round-trips through a readable query string', () => {
		const state = emptyState();
		state.q = 'jahit';
		state.filters.jenis = ['pertanian-pangan', 'modal-usaha'];
		state.filters.kelurahan = ['loktuan'];
		state.sort = 'tutup';
		state.page = 2;
		const search = searchFromState(state);
		expect(search).toBe('?q=jahit&jenis=modal-usaha,pertanian-pangan&kelurahan=loktuan&urut=tutup&hal=2');
		expect(stateFromSearch(search)).toEqual({ ...state, filters: { ...state.filters, jenis: ['modal-usaha', 'pertanian-pangan'] } });
	});

	test('page links for one state are what searchFromState gives for each page', async () => {
		const { searchForPages } = await import('../../src/lib/finder');
		const busy = stateFromSearch('?q=jahit tas&jenis=modal-usaha,pertanian-pangan&kelurahan=loktuan&urut=tutup&hal=3');
		for (const state of [emptyState(), busy, { ...emptyState(), sort: 'terbaru' as const }]) {
			const page = searchForPages(state);
			for (const n of [1, 2, 7, 100]) expect(page(n)).toBe(searchFromState({ ...state, page: n }));
		}
	});

	test('the default state is an empty query string, and junk is ignored', () => {
		expect(searchFromState(emptyState())).toBe('');
		expect(stateFromSearch('?urut=acak&hal=-1&jenis=<script>,ok&x=1')).toEqual({ ...emptyState(), filters: { ...emptyState().filters, jenis: ['ok'] } });
	});
});

describe('filtering', () => {
	const run = (filters: Partial<Record<Group, string[]>>, textMatches: string[] | null = null) =>
		slugs(filterItems(items, { ...emptyState(), filters: { ...emptyState().filters, ...filters } }, { ...ctx, textMatches }));

	test('OR within a group', () => {
		expect(run({ jenis: ['pertanian-pangan', 'modal-usaha'] })).toEqual(['tani', 'modal']);
	});
	test('AND across groups', () => {
		expect(run({ sasaran: ['ibu-rumah-tangga'], strategi: ['b'] })).toEqual(['tani']);
	});
	test('a whole-city program matches every area; a kelurahan matches its own programs only', () => {
		expect(run({ kecamatan: ['bontang-utara'] })).toEqual(['jahit', 'bpjs', 'modal']);
		expect(run({ kelurahan: ['guntung'] })).toEqual(['bpjs', 'modal']);
		expect(run({ kelurahan: ['tanjung-laut'] })).toEqual(['tani', 'bpjs', 'modal']);
	});
	test('text matches restrict the results', () => {
		expect(run({}, ['jahit', 'tani'])).toEqual(['jahit', 'tani']);
	});
});

test('facet counts show what ticking each option would give', () => {
	const state = { ...emptyState(), filters: { ...emptyState().filters, jenis: ['modal-usaha'] } };
	const counts = facetCounts(items, state, ctx, { ...emptyState().filters, jenis: ['modal-usaha', 'pertanian-pangan'], biaya: ['gratis', 'tidak-diketahui'] });
	// Within the ticked group, counts ignore the group's own selection (OR semantics).
	expect(counts.jenis).toEqual({ 'modal-usaha': 1, 'pertanian-pangan': 1 });
	// Other groups are counted within the current results.
	expect(counts.biaya).toEqual({ gratis: 0, 'tidak-diketahui': 1 });
});

test('facet counts equal one count per option by the filter rules, on many mixed programs', () => {
	// The counting takes shortcuts for speed at 2,000 programs; it must agree with the plain definition:
	// an option's count is how many items pass every other group and that option.
	const kinds = ['pelatihan-keterampilan', 'pertanian-pangan', 'modal-usaha'];
	const groups = ['ibu-rumah-tangga', 'umkm', 'petani-nelayan', 'warga-umum'];
	const areas: [string[], string[]][] = [[[], []], [['bontang-utara'], ['loktuan']], [['bontang-selatan'], []], [['bontang-utara', 'bontang-barat'], ['guntung']]];
	const many = Array.from({ length: 60 }, (_, i) =>
		item(`p${i}`, {
			strategy: 'abc'[i % 3]!, kind: kinds[i % 3]!, targetGroups: [groups[i % 4]!, groups[(i * 7) % 4]!],
			kecamatan: areas[i % 4]![0], kelurahan: areas[i % 4]![1], cost: i % 5 ? 'gratis' : 'berbayar', status: i % 2 ? 'selesai' : 'dibuka',
		}),
	);
	const options = {
		strategi: ['a', 'b', 'c'], jenis: kinds, sasaran: groups, kecamatan: ['bontang-utara', 'bontang-selatan', 'bontang-barat'],
		kelurahan: ['loktuan', 'guntung', 'tanjung-laut'], cakupan: ['setempat', 'kota'], biaya: ['gratis', 'berbayar', 'tidak-diketahui'], status: ['dibuka', 'selesai'],
	} as Record<Group, string[]>;
	for (const filters of [emptyState().filters, { ...emptyState().filters, jenis: ['modal-usaha'], kecamatan: ['bontang-utara'], cakupan: ['setempat'] }, { ...emptyState().filters, sasaran: ['umkm', 'warga-umum'], kelurahan: ['guntung'] }]) {
		const state = { ...emptyState(), filters };
		const plain = Object.fromEntries(GROUPS.map((g) => [g, Object.fromEntries(options[g].map((o) => [o,
			filterItems(many, state, ctx, g).filter((it) => matchesGroup(it, g, [o], ctx.kecamatanOf)).length]))]));
		expect(facetCounts(many, state, ctx, options)).toEqual(plain);
	}
});

describe('sorting', () => {
	test('browsing puts what a family can act on now first, then what opens soon, then the archive', () => {
		expect(slugs(sortItems(items, 'relevan', null))).toEqual(['jahit', 'bpjs', 'modal', 'tani']);
	});
	test('with a keyword, results stay in status groups (today first, archive last), by relevance within each', () => {
		// Search ranks the finished "tani" first and the ongoing "bpjs" last: "bpjs" still comes before it.
		expect(slugs(sortItems(items, 'relevan', ['tani', 'jahit', 'modal', 'bpjs']))).toEqual(['jahit', 'bpjs', 'modal', 'tani']);
		expect(slugs(sortItems(items, 'relevan', ['bpjs', 'tani', 'modal', 'jahit']))).toEqual(['bpjs', 'jahit', 'modal', 'tani']);
	});
	test('newest first and closing soonest keep the groups, archive last', () => {
		const old = item('lama', { status: 'selesai', latest: '2027-01-01' });
		expect(slugs(sortItems([...items, old], 'terbaru', null))).toEqual(['jahit', 'bpjs', 'modal', 'lama', 'tani']);
		expect(slugs(sortItems(items, 'tutup', null))).toEqual(['jahit', 'bpjs', 'modal', 'tani']);
	});
	test('same status and date: titles A to Z whatever their case; a shorter year is older than a full date', () => {
		const tie = (slug: string, title: string, latest = '2024-05-01') => item(slug, { title, latest });
		const list = [tie('z', 'Zakat fitrah'), tie('m', 'modal usaha'), tie('g', 'Gizi balita (2023–2025)'), tie('g2', 'Gizi'), tie('y', 'Akhir', '2024')];
		expect(slugs(sortItems(list, 'relevan', null))).toEqual(['g2', 'g', 'm', 'z', 'y']);
	});
	test('runs and counts per status group', () => {
		const sorted = sortItems(items, 'relevan', null);
		expect(groupRuns(sorted).map((r) => [r.group, slugs(r.items)])).toEqual([
			['sekarang', ['jahit', 'bpjs']], ['nanti', ['modal']], ['arsip', ['tani']],
		]);
		expect(groupCounts(items)).toEqual({ sekarang: 2, nanti: 1, tanyakan: 0, arsip: 1 });
	});
});

describe('place: a kecamatan\'s own programs apart from city-wide ones', () => {
	const state = (filters: Partial<Record<Group, string[]>>) => ({ ...emptyState(), filters: { ...emptyState().filters, ...filters } });
	test('cakupan narrows to one or the other', () => {
		expect(slugs(filterItems(items, state({ kecamatan: ['bontang-utara'], cakupan: ['setempat'] }), ctx))).toEqual(['jahit']);
		expect(slugs(filterItems(items, state({ kecamatan: ['bontang-utara'], cakupan: ['kota'] }), ctx))).toEqual(['bpjs', 'modal']);
	});
	test('both counts are shown for the chosen kecamatan', () => {
		const counts = facetCounts(items, state({ kecamatan: ['bontang-selatan'] }), ctx, { ...emptyState().filters, cakupan: ['setempat', 'kota'] });
		expect(counts.cakupan).toEqual({ setempat: 1, kota: 2 });
	});
	test('the summary says how many are local, city-wide, and archived', () => {
		const matched = filterItems(items, state({ kecamatan: ['bontang-selatan'] }), ctx);
		expect(summaryText(matched, true, 1, 1)).toBe(
			'3 program ditemukan; 1 bisa diurus sekarang, 1 segera dibuka atau direncanakan, 1 sudah selesai (arsip); 1 di kecamatan Anda, 2 untuk seluruh kota.',
		);
		expect(summaryText([items[1]], false, 1, 1)).toBe('1 program ditemukan; semuanya sudah selesai (arsip).');
		expect(summaryText([], false, 1, 1)).toBe('0 program ditemukan.');
	});
});

test('the number of ticked options counts only options the form shows, once each', () => {
	// The home page's quick link names four statuses; on a day no program is "segera", that box does not exist.
	const state = stateFromSearch('?jenis=pelatihan-keterampilan,pelatihan-kerja&status=dibuka,segera,berjalan,berkelanjutan,dibuka');
	const known = { ...emptyState().filters, jenis: ['pelatihan-keterampilan', 'pelatihan-kerja'], status: ['dibuka', 'berjalan', 'berkelanjutan', 'selesai'] };
	expect(selectedCount(state, known)).toBe(5);
	expect(selectedCount(emptyState(), known)).toBe(0);
	expect(GROUPS).toContain('cakupan');
});

test('pagination clamps the page', () => {
	const list = Array.from({ length: 45 }, (_, i) => i);
	expect(paginate(list, 3)).toEqual({ items: [40, 41, 42, 43, 44], pages: 3, page: 3 });
	expect(paginate(list, 9).page).toBe(3);
	expect(paginate([], 1)).toEqual({ items: [], pages: 1, page: 1 });
});

test('toFinderItem derives kecamatan from kelurahan and writes the card line', async () => {
	const { toFinderItem } = await import('../../src/lib/finder-index');
	const { makeProgram } = await import('../fixtures/factories');
	const { ProgramSchema } = await import('../../src/schemas/program');
	const data = ProgramSchema.parse(makeProgram({ kelurahan: ['loktuan'], schedule: { type: 'terjadwal', ends: '2024' } }));
	const it = toFinderItem('x', data, '2026-11-29');
	expect(it.kecamatan).toEqual(['bontang-utara']);
	expect(it.status).toBe('selesai');
	expect(it.meta).toBe('Jenis: Pelatihan keterampilan · Wilayah: Kelurahan Loktuan · Biaya: Gratis');
	const unknownCost = toFinderItem('y', ProgramSchema.parse(makeProgram({ cost: { type: 'tidak-diketahui' } })), '2026-11-29');
	expect(unknownCost.meta).toMatch(/ · Biaya: tidak disebut sumber$/);
});

describe('the precomputed engine gives the plain definitions\' answers', () => {
	// Made-up programs mixing every facet and the area rules (whole city, whole kecamatan, named kelurahan),
	// from a fixed seed so a failure can be replayed.
	let seed = 12;
	const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
	const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	const some = <T,>(list: readonly T[], max: number) => [...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(list)))];
	const kinds = ['pelatihan-keterampilan', 'pertanian-pangan', 'modal-usaha', 'gizi-anak'];
	const targets = ['ibu-rumah-tangga', 'umkm', 'petani-nelayan', 'warga-umum', 'lansia'];
	const statuses = ['dibuka', 'berjalan', 'berkelanjutan', 'segera', 'direncanakan', 'belum-pasti', 'selesai'] as const;
	const kelurahan = ['loktuan', 'guntung', 'tanjung-laut', 'api-api', 'berbas-pantai', 'kanaan'] as Kelurahan[];
	const titles = ['Pelatihan', 'pelatihan', 'Ékonomi', 'Modal', 'Gizi', 'Zakat', 'Áir'];
	const many = Array.from({ length: 333 }, (_, i) => {
		const kel = some(kelurahan, 2);
		const kec = [...new Set([...kel.map((k) => kecamatanOf(k)), ...some(['bontang-utara', 'bontang-selatan', 'bontang-barat'], random() < 0.5 ? 0 : 2)])];
		const status = pick(statuses);
		return item(`p${i}`, {
			title: `${pick(titles)} ${i % 7}`, strategy: pick(['a', 'b', 'c']), kind: pick(kinds), targetGroups: some(targets, 3),
			kecamatan: kec, kelurahan: kel, cost: pick(['gratis', 'berbayar', 'tidak-diketahui'] as const), status,
			latest: `202${Math.floor(random() * 7)}-0${1 + Math.floor(random() * 9)}-01`,
			closes: random() < 0.4 ? `2026-1${Math.floor(random() * 3)}-0${1 + Math.floor(random() * 9)}` : undefined,
		});
	});
	const options: Record<Group, string[]> = {
		strategi: ['a', 'b', 'c'], jenis: kinds, sasaran: targets, kecamatan: ['bontang-utara', 'bontang-selatan', 'bontang-barat'],
		kelurahan, cakupan: ['setempat', 'kota'], biaya: ['gratis', 'berbayar', 'tidak-diketahui'], status: [...statuses],
	};
	// Values no checkbox offers (an old shared link) must behave as the plain rules say too.
	const offered = (g: Group) => [...options[g], g === 'kelurahan' ? 'satimpo' : 'tidak-ada'];

	test.each(Array.from({ length: 60 }, (_, i) => i))('random state %i: same results, order and counts', async (i) => {
		const { createFinderEngine } = await import('../../src/lib/finder-engine');
		const engine = createFinderEngine(many, ctx.kecamatanOf);
		if (i % 2) engine.warm(options);
		const state = emptyState();
		for (const g of GROUPS) state.filters[g] = random() < 0.35 ? some(offered(g), 3) : [];
		state.sort = pick(['relevan', 'terbaru', 'tutup'] as const);
		const textMatches = random() < 0.4 ? some(many.map((it) => it.slug).concat('tidak-ada'), 120) : null;
		const plainCtx = { ...ctx, textMatches };
		// Twice, so cached bits and orders are checked as well as fresh ones.
		for (let round = 0; round < 2; round++) {
			expect(slugs(engine.results(state, textMatches))).toEqual(slugs(sortItems(filterItems(many, state, plainCtx), state.sort, textMatches)));
			expect(engine.counts(state, textMatches, options)).toEqual(facetCounts(many, state, plainCtx, options));
		}
	});
});
