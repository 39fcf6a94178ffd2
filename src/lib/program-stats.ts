/**
 * Statistics about the site's own program list (programs per strategy, per kecamatan, per target
 * group), as series so they are charted, tabled and downloadable like every other figure. Their
 * source is the program list itself, dated by the build.
 */
import type { Series } from '../schemas/series';
import { KECAMATAN, kecamatanName } from '../schemas/wilayah';
import { TARGET_GROUPS, TARGET_GROUP_IDS } from '../schemas/target-groups';
import type { FinderItem } from './finder';

export function programStats(
	items: FinderItem[],
	strategies: { id: string; title: string }[],
	day: string,
	listUrl: string,
): [string, Series][] {
	const source = { url: listUrl, title: 'Daftar program Bontang Berdaya', date: day };
	const common = {
		unit: 'program' as const,
		method: 'hitungan' as const,
		axis: 'wilayah' as const,
		chart: 'bar' as const,
		period: `program tercatat di situs ini per ${day}`,
		lastChecked: day,
	};
	const count = (label: string, n: number) => ({ x: label, value: n, source });
	const perStrategy: Series = {
		...common,
		title: 'Jumlah program per strategi',
		measures: 'Banyaknya program dalam daftar situs ini untuk tiap strategi, termasuk program yang sudah selesai.',
		points: strategies.map((s) => count(s.title, items.filter((i) => i.strategy === s.id).length)),
	};
	const perKecamatan: Series = {
		...common,
		title: 'Jumlah program per kecamatan',
		measures: 'Program yang melayani tiap kecamatan; program untuk seluruh kota dihitung di setiap kecamatan.',
		points: KECAMATAN.map((k) => count(kecamatanName(k), items.filter((i) => !i.kecamatan.length || i.kecamatan.includes(k)).length)),
	};
	const perGroup: Series = {
		...common,
		title: 'Jumlah program per sasaran',
		measures: 'Program menurut kelompok yang dituju; satu program bisa untuk beberapa kelompok.',
		points: TARGET_GROUP_IDS.map((t) => count(TARGET_GROUPS[t].id, items.filter((i) => i.targetGroups.includes(t)).length)).filter((p) => p.value > 0),
	};
	return [
		['program-per-strategi', perStrategy],
		['program-per-kecamatan', perKecamatan],
		['program-per-sasaran', perGroup],
	];
}
