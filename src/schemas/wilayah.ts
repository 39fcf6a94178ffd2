/**
 * Bontang's administrative areas: 3 kecamatan and 15 kelurahan.
 *
 * Keep in sync with `shared/data/bontang-wilayah.json` (RPIJM profile chapter and Bontang Dalam Angka
 * 2019). Kampung names (Tihi-Tihi, Selambai, Pulau Gusung, ...) are NOT kelurahan: put the kelurahan
 * they belong to here and name the kampung in a program's `venue`.
 */
export const WILAYAH = {
	'bontang-utara': {
		name: 'Bontang Utara',
		kelurahan: {
			guntung: 'Guntung',
			loktuan: 'Loktuan',
			'gunung-elai': 'Gunung Elai',
			'api-api': 'Api-Api',
			'bontang-baru': 'Bontang Baru',
			'bontang-kuala': 'Bontang Kuala',
		},
	},
	'bontang-selatan': {
		name: 'Bontang Selatan',
		kelurahan: {
			satimpo: 'Satimpo',
			'tanjung-laut': 'Tanjung Laut',
			'berbas-pantai': 'Berbas Pantai',
			'berebas-tengah': 'Berebas Tengah',
			'tanjung-laut-indah': 'Tanjung Laut Indah',
			'bontang-lestari': 'Bontang Lestari',
		},
	},
	'bontang-barat': {
		name: 'Bontang Barat',
		kelurahan: {
			belimbing: 'Belimbing',
			'gunung-telihan': 'Gunung Telihan',
			kanaan: 'Kanaan',
		},
	},
} as const;

export type Kecamatan = keyof typeof WILAYAH;
export type Kelurahan = {
	[K in Kecamatan]: keyof (typeof WILAYAH)[K]['kelurahan'];
}[Kecamatan];

export const KECAMATAN = Object.keys(WILAYAH) as [Kecamatan, ...Kecamatan[]];

export const KELURAHAN = KECAMATAN.flatMap((k) => Object.keys(WILAYAH[k].kelurahan)) as [
	Kelurahan,
	...Kelurahan[],
];

/** The kecamatan a kelurahan belongs to. */
export function kecamatanOf(kelurahan: Kelurahan): Kecamatan {
	const found = KECAMATAN.find((k) => kelurahan in WILAYAH[k].kelurahan);
	if (!found) throw new Error(`Unknown kelurahan: ${kelurahan}`);
	return found;
}

/** Display name of a kecamatan, e.g. "Bontang Utara". */
export function kecamatanName(k: Kecamatan): string {
	return WILAYAH[k].name;
}

/** Display name of a kelurahan, e.g. "Api-Api". */
export function kelurahanName(k: Kelurahan): string {
	const kec = kecamatanOf(k);
	return (WILAYAH[kec].kelurahan as Record<string, string>)[k]!;
}

/** Every kecamatan a program serves: those it names plus those of the kelurahan it names. Empty = the whole city. */
export function kecamatanServed(kecamatan: readonly string[] = [], kelurahan: readonly string[] = []): Kecamatan[] {
	return [...new Set([...(kecamatan as Kecamatan[]), ...kelurahan.map((k) => kecamatanOf(k as Kelurahan))])];
}
