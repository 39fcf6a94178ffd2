/** Every entry in the real content/ folder is valid, and every reference between entries resolves. */
import { describe, expect, test } from 'vitest';
import { StrategySchema } from '../../src/schemas/strategy';
import { ProgramSchema } from '../../src/schemas/program';
import { GuideSchema } from '../../src/schemas/guide';
import { formatIssues } from '../../src/schemas/format-issues';
import { loadFolder } from './load';

const strategies = loadFolder('content/strategies');
const programs = loadFolder('content/programs');
const guides = loadFolder('content/guides');

function problems(files: ReturnType<typeof loadFolder>, schema: { safeParse: (d: unknown) => any }) {
	return files.flatMap((f) => {
		const r = schema.safeParse(f.data);
		return r.success ? [] : formatIssues(f.file, r.error);
	});
}

describe('strategies', () => {
	test('there are the five strategies', () => {
		expect(strategies.map((s) => s.id).sort()).toEqual([
			'kesehatan-dan-kesejahteraan',
			'ketahanan-pangan-berbasis-komunitas',
			'kolaborasi-sektor-swasta',
			'pendidikan-dan-pelatihan-keterampilan',
			'tantangan-dan-harapan',
		]);
	});
	test('every strategy is valid', () => {
		expect(problems(strategies, StrategySchema)).toEqual([]);
	});
	test('display order is unique', () => {
		const orders = strategies.map((s) => (s.data as { order: number }).order);
		expect(new Set(orders).size).toBe(orders.length);
	});
});

describe('programs', () => {
	test('every program is valid', () => {
		expect(problems(programs, ProgramSchema)).toEqual([]);
	});
	test('every program points at an existing strategy', () => {
		const ids = new Set(strategies.map((s) => s.id));
		const bad = programs
			.filter((p) => !ids.has((p.data as { strategy: string }).strategy))
			.map((p) => `${p.file}: strategy "${(p.data as { strategy: string }).strategy}" does not exist`);
		expect(bad).toEqual([]);
	});
});

describe('guides', () => {
	test('there are the five guides, under their permanent slugs', () => {
		expect(guides.map((g) => g.id).sort()).toEqual([
			'bpjs-pbi-tidak-aktif',
			'cek-dtsen',
			'mengadu-layanan',
			'usul-sanggah-dtsen',
			'waspada-penipuan-bansos',
		]);
	});
	test('every guide is valid (every step rests on one of its listed sources)', () => {
		expect(problems(guides, GuideSchema)).toEqual([]);
	});
	test('display order is unique', () => {
		const orders = guides.map((g) => (g.data as { order: number }).order);
		expect(new Set(orders).size).toBe(orders.length);
	});
	test('no step rests on a weak (rendah) source alone', () => {
		const bad = guides.flatMap((g) => {
			const data = g.data as { steps: { title: string; source: string }[]; sources: { url: string; reliability?: string }[] };
			const weak = new Set(data.sources.filter((s) => s.reliability === 'rendah').map((s) => s.url));
			return data.steps.filter((s) => weak.has(s.source)).map((s) => `${g.file}: step "${s.title}" rests on a rendah source`);
		});
		expect(bad).toEqual([]);
	});
	test("every program's guides: entry names an existing guide", () => {
		const ids = new Set(guides.map((g) => g.id));
		const bad = programs.flatMap((p) =>
			((p.data as { guides?: string[] }).guides ?? [])
				.filter((slug) => !ids.has(slug))
				.map((slug) => `${p.file}: guides lists "${slug}", which is not a file in content/guides/`),
		);
		expect(bad).toEqual([]);
	});
	test('the menu links the guide list', async () => {
		const { sidebar } = await import('../../src/config/sidebar.mjs');
		expect(sidebar.some((i) => typeof i === 'object' && 'link' in i && i.link === '/panduan/')).toBe(true);
	});
});

describe('offices', async () => {
	const { OfficeSchema } = await import('../../src/schemas/office');
	const { INSTITUTIONS } = await import('../../src/schemas/institutions');
	const offices = loadFolder('content/offices', /\.ya?ml$/);
	type OfficeData = { institution?: string };

	test('the offices from the shared data set are all there, and every office file is valid', () => {
		expect(offices.length).toBeGreaterThanOrEqual(39);
		expect(problems(offices, OfficeSchema)).toEqual([]);
	});
	test('every institution an office names exists (so program links resolve)', () => {
		const bad = offices
			.filter((o) => (o.data as OfficeData).institution && !((o.data as OfficeData).institution! in INSTITUTIONS))
			.map((o) => `${o.file}: institution "${(o.data as OfficeData).institution}" is not in src/schemas/institutions.ts`);
		expect(bad).toEqual([]);
	});
});

describe('statistical series', () => {
	const all = loadFolder('content/data', /\.ya?ml$/);
	test('there are series, and every one is valid (every value sourced, periods in order, units fit)', async () => {
		const { SeriesSchema } = await import('../../src/schemas/series');
		expect(all.length).toBeGreaterThan(5);
		expect(problems(all, SeriesSchema)).toEqual([]);
	});
});

describe('short links (/p/<code>/)', async () => {
	const { readFileSync } = await import('node:fs');
	const { execFileSync } = await import('node:child_process');
	const path = await import('node:path');
	const { ROOT } = await import('./load');
	const { shortCodeFor, extendLedger } = await import('../../src/lib/short-codes');
	const ledgerPath = 'content/short-links.json';
	const ledger = JSON.parse(readFileSync(path.join(ROOT, ledgerPath), 'utf8')) as Record<string, string>;

	test('no code is shared, and the build gives every program a code without changing a recorded one', () => {
		const slugs = Object.values(ledger);
		expect(new Set(slugs).size).toBe(slugs.length);
		// A program not yet in the ledger (e.g. just added through the editor) gets the code that
		// `npm run short-links` will record; the deploy workflow records it (README "Kode pendek").
		const { ledger: built } = extendLedger(ledger, programs.map((p) => p.id));
		for (const p of programs) expect(Object.values(built), p.id).toContain(p.id);
		for (const [code, slug] of Object.entries(ledger)) expect(built[code]).toBe(slug);
	});

	test('codes follow the derivation, so they can be checked by anyone', () => {
		for (const [code, slug] of Object.entries(ledger)) {
			const candidates = [0, 1, 2, 3].map((a) => shortCodeFor(slug, a));
			expect(candidates, `${code} → ${slug}`).toContain(code);
		}
	});

	test('a published code is never changed, removed or given to another program (git history)', () => {
		let shas: string[] = [];
		try {
			shas = execFileSync('git', ['log', '--format=%H', '--', ledgerPath], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
		} catch {
			throw new Error('git is needed to check the short-link ledger against its history');
		}
		for (const sha of shas) {
			const old = JSON.parse(execFileSync('git', ['show', `${sha}:${ledgerPath}`], { cwd: ROOT, encoding: 'utf8' })) as Record<string, string>;
			for (const [code, slug] of Object.entries(old)) expect(ledger[code], `code ${code} was published for ${slug} in ${sha.slice(0, 7)}`).toBe(slug);
		}
	});
});
