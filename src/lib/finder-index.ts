/**
 * Builds the finder's items from program entries, at build time. The result is served as
 * /program/finder.json and loaded by the browser only when someone uses the finder.
 */
import type { Program } from '../schemas/program';
import { kecamatanServed } from '../schemas/wilayah';
import type { FinderItem } from './finder';
import { cardMeta } from './program-labels';
import { closingDate, latestDate, programStatus } from './status';
import { isStale } from './freshness';

type ProgramData = Omit<Program, 'strategy'> & { strategy: string };

/**
 * @param staleAfterDays mark the item `stale` when its lastChecked is older than this on `today`
 *   (FRESHNESS_DAYS in src/config/site.mjs); leave out to never mark it.
 */
export function toFinderItem(slug: string, p: ProgramData, today: string, staleAfterDays?: number): FinderItem {
	const kelurahan = p.kelurahan ?? [];
	const kecamatan = kecamatanServed(p.kecamatan, kelurahan);
	const item: FinderItem = {
		slug,
		title: p.title,
		summary: p.summary,
		strategy: p.strategy,
		kind: p.kind,
		targetGroups: p.targetGroups,
		kecamatan,
		kelurahan,
		cost: p.cost.type,
		status: programStatus(p.schedule, today),
		schedule: p.schedule,
		meta: cardMeta(p),
		latest: latestDate(p.schedule),
	};
	const closes = closingDate(p.schedule);
	if (closes) item.closes = closes;
	if (staleAfterDays !== undefined && isStale(p.lastChecked, today, staleAfterDays)) item.stale = true;
	return item;
}
