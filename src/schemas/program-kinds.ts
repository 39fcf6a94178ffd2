/** What kind of help a program gives. Closed list: the finder filters on it. */
export const PROGRAM_KINDS = {
	'pelatihan-keterampilan': { id: 'Pelatihan keterampilan', en: 'Skills training' },
	'pelatihan-kerja': { id: 'Pelatihan kerja (BLK/LPK) dan magang', en: 'Job training and apprenticeships' },
	'lowongan-kerja': { id: 'Bursa dan informasi kerja', en: 'Job fairs and job information' },
	'modal-usaha': { id: 'Pendampingan dan modal usaha', en: 'Business coaching and capital' },
	'pertanian-pangan': { id: 'Pertanian dan pangan', en: 'Farming and food' },
	'gizi-anak': { id: 'Gizi dan kesehatan anak', en: 'Nutrition and child health' },
	'pemeriksaan-kesehatan': { id: 'Pemeriksaan dan jaminan kesehatan', en: 'Health checks and health cover' },
	'kunjungan-rumah': { id: 'Kunjungan dan pendampingan di rumah', en: 'Home visits and care' },
	'bantuan-sosial': { id: 'Bantuan sosial', en: 'Social assistance' },
	perumahan: { id: 'Perumahan', en: 'Housing' },
	pendidikan: { id: 'Pendidikan dan beasiswa', en: 'Education and scholarships' },
	'data-kemiskinan': { id: 'Pendataan kemiskinan', en: 'Poverty data' },
} as const;
export type ProgramKind = keyof typeof PROGRAM_KINDS;
export const PROGRAM_KIND_IDS = Object.keys(PROGRAM_KINDS) as [ProgramKind, ...ProgramKind[]];

/** Where the money comes from, when a source says so. */
export const FUNDING_TYPES = {
	apbd: 'APBD Kota Bontang',
	'apbd-provinsi': 'APBD Provinsi Kalimantan Timur',
	apbn: 'APBN (pemerintah pusat)',
	csr: 'CSR/TJSL perusahaan',
	zakat: 'Zakat, infak dan sedekah',
	swadaya: 'Swadaya warga',
} as const;
export type FundingType = keyof typeof FUNDING_TYPES;
export const FUNDING_TYPE_IDS = Object.keys(FUNDING_TYPES) as [FundingType, ...FundingType[]];
