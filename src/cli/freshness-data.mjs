// @ts-check
/**
 * Reads the content folders and builds the freshness report (src/lib/freshness.ts) for a day. Shared
 * by `npm run freshness` and the build's one-line summary (src/integrations/freshness-summary.mjs).
 *
 * "Changed status since the last build day": a program's status is a pure function of its dates and
 * the day (src/lib/status.ts), so the status on the previous build day is recomputed rather than
 * stored: FRESHNESS_SINCE=YYYY-MM-DD (default: the day before). Nothing to commit, nothing to drift;
 * edits to a program's dates show in git history instead.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { programStatus, closingDate } from '../lib/status.ts';
import { todayInBontang } from '../lib/dates.ts';
import { addDays, freshnessReport } from '../lib/freshness.ts';
import { FRESHNESS_DAYS, CLOSING_SOON_DAYS, PROGRAMS_DIR } from '../config/site.mjs';

/** @param {string} dir @param {RegExp} ext */
function readFolder(dir, ext) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => ext.test(f) && !f.startsWith('_'))
		.sort()
		.map((f) => {
			const text = readFileSync(path.join(dir, f), 'utf8');
			const data = /\.ya?ml$/.test(f) ? yaml.load(text) : readFrontmatter(text).data;
			return { id: f.replace(ext, ''), data: /** @type {Record<string, any>} */ (data ?? {}) };
		});
}

/** @param {unknown} v YAML may read an unquoted date as a Date */
const day = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined);

/**
 * @param {string} root project folder
 * @param {{ today?: string, since?: string }} [opts]
 */
export function buildFreshnessReport(root, opts = {}) {
	const today = opts.today ?? (process.env.BUILD_DATE || todayInBontang());
	const since = opts.since ?? (process.env.FRESHNESS_SINCE || undefined) ?? addDays(today, -1);
	const programs = readFolder(path.resolve(root, PROGRAMS_DIR), /\.mdx?$/);
	const offices = readFolder(path.join(root, 'content/offices'), /\.ya?ml$/);
	// Guides (/panduan/) are being added in parallel; they are counted when their folder exists.
	const guides = ['content/guides', 'content/panduan'].flatMap((d) => readFolder(path.join(root, d), /\.mdx?$/));
	const all = [
		...programs.map((p) => ({ kind: 'program', id: p.id, title: p.data.title, lastChecked: day(p.data.lastChecked) })),
		...offices.map((o) => ({ kind: 'kantor', id: o.id, title: o.data.name, lastChecked: day(o.data.lastChecked) })),
		...guides.map((g) => ({ kind: 'panduan', id: g.id, title: g.data.title, lastChecked: day(g.data.lastChecked) })),
	];
	/** @type {import('../lib/freshness.ts').CheckedEntry[]} */
	const entries = all.flatMap((e) => (e.lastChecked ? [{ ...e, lastChecked: e.lastChecked }] : []));
	const dated = programs.map((p) => {
		const schedule = p.data.schedule ?? { type: 'berkelanjutan' };
		for (const k of Object.keys(schedule)) schedule[k] = day(schedule[k]) ?? schedule[k];
		return {
			id: p.id,
			title: p.data.title,
			closes: closingDate(schedule),
			statusBefore: programStatus(schedule, since),
			statusNow: programStatus(schedule, today),
		};
	});
	return freshnessReport(entries, dated, { today, since, maxDays: FRESHNESS_DAYS, closingWithinDays: CLOSING_SOON_DAYS });
}
