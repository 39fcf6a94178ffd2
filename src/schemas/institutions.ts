/**
 * Institutions that lead, run or fund programs, as `shared/data/bontang-program.json` names them.
 * `name` is the full Indonesian name, `short` the form residents know. `type` groups them on pages.
 * Old names (Dissos-P3M, Disosnaker) are folded into today's office, noted in `formerly`.
 */
export const INSTITUTIONS = {
	pemkot: { name: 'Pemerintah Kota Bontang', short: 'Pemkot Bontang', type: 'pemerintah-kota' },
	'dinsos-pm': {
		name: 'Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang',
		short: 'Dinsos-PM',
		type: 'pemerintah-kota',
		formerly: 'Dissos-P3M, Disosnaker',
	},
	disnaker: { name: 'Dinas Ketenagakerjaan Kota Bontang', short: 'Disnaker', type: 'pemerintah-kota' },
	dinkes: { name: 'Dinas Kesehatan Kota Bontang', short: 'Dinkes', type: 'pemerintah-kota' },
	puskesmas: { name: 'Puskesmas di Kota Bontang', short: 'Puskesmas', type: 'pemerintah-kota' },
	dkp3: {
		name: 'Dinas Ketahanan Pangan, Perikanan dan Pertanian Kota Bontang',
		short: 'DKP3',
		type: 'pemerintah-kota',
	},
	'diskop-ukmp': {
		name: 'Dinas Koperasi, Usaha Kecil Menengah dan Perdagangan Kota Bontang',
		short: 'Diskop-UKMP',
		type: 'pemerintah-kota',
	},
	disdikbud: {
		name: 'Dinas Pendidikan dan Kebudayaan Kota Bontang',
		short: 'Disdikbud',
		type: 'pemerintah-kota',
	},
	dppkb: {
		name: 'Dinas Pemberdayaan Perempuan dan Keluarga Berencana Kota Bontang',
		short: 'DPPKB',
		type: 'pemerintah-kota',
	},
	disperkimtan: {
		name: 'Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kota Bontang',
		short: 'Disperkimtan',
		type: 'pemerintah-kota',
	},
	kelurahan: { name: 'Pemerintah kelurahan setempat', short: 'Kantor kelurahan', type: 'pemerintah-kota' },
	'blki-bontang': {
		name: 'UPTD Balai Latihan Kerja Industri (BLKI) Bontang, Disnakertrans Provinsi Kalimantan Timur',
		short: 'BLKI Bontang',
		type: 'pemerintah-provinsi',
	},
	'pemprov-kaltim': { name: 'Pemerintah Provinsi Kalimantan Timur', short: 'Pemprov Kaltim', type: 'pemerintah-provinsi' },
	kemensos: { name: 'Kementerian Sosial Republik Indonesia', short: 'Kemensos', type: 'pemerintah-pusat' },
	kemendikdasmen: {
		name: 'Kementerian Pendidikan Dasar dan Menengah Republik Indonesia',
		short: 'Kemendikdasmen',
		type: 'pemerintah-pusat',
	},
	kemdiktisaintek: {
		name: 'Kementerian Pendidikan Tinggi, Sains, dan Teknologi Republik Indonesia',
		short: 'Kemdiktisaintek',
		type: 'pemerintah-pusat',
	},
	// A state-owned company (BUMN), grouped with the central government rather than with CSR companies.
	pnm: { name: 'PT Permodalan Nasional Madani (PNM), BUMN', short: 'PNM', type: 'pemerintah-pusat' },
	bkkbn: { name: 'Badan Kependudukan dan Keluarga Berencana Nasional', short: 'BKKBN', type: 'pemerintah-pusat' },
	'bpjs-kesehatan': { name: 'BPJS Kesehatan', short: 'BPJS Kesehatan', type: 'pemerintah-pusat' },
	'bps-bontang': { name: 'Badan Pusat Statistik Kota Bontang', short: 'BPS Bontang', type: 'pemerintah-pusat' },
	baznas: { name: 'Badan Amil Zakat Nasional Kota Bontang', short: 'BAZNAS Bontang', type: 'lembaga-amal' },
	'pupuk-kaltim': { name: 'PT Pupuk Kalimantan Timur', short: 'Pupuk Kaltim (PKT)', type: 'perusahaan' },
	'badak-lng': { name: 'PT Badak NGL', short: 'Badak LNG', type: 'perusahaan' },
	kni: { name: 'PT Kaltim Nitrate Indonesia', short: 'KNI', type: 'perusahaan' },
	'yayasan-pandu-qolby': { name: 'Yayasan Pandu Qolby', short: 'Yayasan Pandu Qolby', type: 'komunitas' },
	'kelompok-warga': { name: 'Kelompok warga dan kelompok tani', short: 'Kelompok warga', type: 'komunitas' },
} as const;

export type Institution = keyof typeof INSTITUTIONS;
export const INSTITUTION_IDS = Object.keys(INSTITUTIONS) as [Institution, ...Institution[]];

export const INSTITUTION_TYPES = {
	'pemerintah-kota': 'Pemerintah Kota Bontang',
	'pemerintah-provinsi': 'Pemerintah Provinsi',
	'pemerintah-pusat': 'Pemerintah pusat',
	perusahaan: 'Perusahaan (CSR/TJSL)',
	'lembaga-amal': 'Lembaga zakat dan amal',
	komunitas: 'Komunitas',
} as const;
