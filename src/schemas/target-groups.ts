/**
 * Who a program or strategy is for. A closed list so that the finder's filters stay short and every
 * label is written once. Add a group here (id + Indonesian + English label) before using it in content.
 */
export const TARGET_GROUPS = {
	'warga-umum': { id: 'Semua warga', en: 'All residents' },
	'keluarga-miskin-ekstrem': { id: 'Keluarga desil 1–2 / miskin ekstrem', en: 'Extreme-poor households (decile 1–2)' },
	'ibu-rumah-tangga': { id: 'Ibu rumah tangga dan perempuan', en: 'Homemakers and women' },
	'pencari-kerja': { id: 'Pencari kerja dan pemuda', en: 'Job seekers and young people' },
	'petani-nelayan': { id: 'Petani, peternak dan nelayan', en: 'Farmers, livestock keepers and fishers' },
	umkm: { id: 'Pelaku UMKM', en: 'Small-business owners' },
	lansia: { id: 'Lansia', en: 'Older people' },
	'ibu-hamil-balita': { id: 'Ibu hamil, ibu menyusui dan balita', en: 'Pregnant women, mothers and toddlers' },
	disabilitas: { id: 'Penyandang disabilitas', en: 'People with disabilities' },
	pelajar: { id: 'Pelajar dan mahasiswa', en: 'Students' },
	'warga-pesisir': { id: 'Warga pesisir dan pulau', en: 'Coastal and island residents' },
	'warga-binaan': { id: 'Warga binaan lapas', en: 'Prison inmates' },
} as const;

export type TargetGroup = keyof typeof TARGET_GROUPS;
export const TARGET_GROUP_IDS = Object.keys(TARGET_GROUPS) as [TargetGroup, ...TargetGroup[]];
