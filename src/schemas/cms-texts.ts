/**
 * Indonesian labels and hints for the editor at /admin/: the JSDoc of each schema field, said for an
 * official who edits a program. Keyed by field path (a list's items share the list's path; a schedule
 * type is `schedule.<type>`). tests/unit/cms-config.test.ts fails when a schema field has no text here
 * or a text names a field that no longer exists, so the two stay in step.
 */
import type { FieldText, FieldTexts } from '../lib/cms-fields';

/** Texts of a source (SourceSchema), under any prefix such as "sources" or "points.source". */
function sourceTexts(prefix: string): FieldTexts {
	return {
		[`${prefix}.url`]: { label: 'Alamat web sumber', hint: 'Alamat lengkap halaman tempat info ini diambil, diawali https://' },
		[`${prefix}.title`]: { label: 'Judul sumber', hint: 'Judul halaman atau dokumen, persis seperti yang diterbitkan. Jika halaman tidak berjudul, kosongkan dan isi penerbit. Jangan mengarang judul.' },
		[`${prefix}.publisher`]: { label: 'Penerbit', hint: 'Siapa yang menerbitkan: situs berita, BPS, Pemkot, perusahaan. Wajib jika sumber tidak berjudul.' },
		[`${prefix}.date`]: { label: 'Tanggal terbit', hint: 'Setepat yang tercetak di sumber: 2025, 2025-10 atau 2025-10-13. Jika sumber tidak bertanggal, tulis tidak-diketahui.' },
		[`${prefix}.reliability`]: { label: 'Keandalan sumber', hint: 'tinggi (halaman resmi pemerintah atau BPS), sedang (berita yang mengutip pejabat; bawaan jika dikosongkan), rendah (artikel penjelas atau blog: ditampilkan sebagai belum dikonfirmasi).' },
	};
}

const sourceList: FieldTexts = {
	sources: { label: 'Sumber', hint: 'Paling sedikit satu sumber (alamat web, judul, tanggal). Tanpa sumber, info tidak boleh dimuat.' },
	...sourceTexts('sources'),
};

const lastChecked = {
	label: 'Terakhir dicek',
	hint: 'Tanggal terakhir Anda mencocokkan isi ini dengan sumbernya, lengkap TTTT-BB-HH (misalnya 2026-11-30).',
};

const partialDate = 'Setepat yang disebut sumber: 2025, 2025-10 atau 2025-10-13.';

export const PROGRAM_TEXTS: FieldTexts = {
	title: { label: 'Nama program', hint: 'Nama yang dikenal warga, dengan tahun untuk program yang sudah lewat. Paling banyak 70 huruf.' },
	summary: { label: 'Ringkasan', hint: 'Satu kalimat (20–160 huruf): apa yang diberikan dan untuk siapa.' },
	strategy: { label: 'Strategi', hint: 'Strategi tempat program ini berada.' },
	kind: { label: 'Jenis bantuan', hint: 'Pilih satu jenis yang paling cocok.' },
	organizers: { label: 'Penyelenggara', hint: 'Siapa yang menjalankan. Yang pertama dipilih dianggap penyelenggara utama.' },
	partners: { label: 'Mitra lain', hint: 'Mitra yang disebut sumber, dengan kata biasa (misalnya "LPK Ayulia", "Posyandu").' },
	funding: { label: 'Sumber dana', hint: 'Isi hanya jika sumber menyebutkannya.' },
	targetGroups: { label: 'Untuk siapa', hint: 'Kelompok warga yang dituju. Pilih satu atau lebih.' },
	kecamatan: { label: 'Kecamatan', hint: 'Kecamatan yang dilayani. Kosongkan kecamatan dan kelurahan jika untuk seluruh kota.' },
	kelurahan: { label: 'Kelurahan', hint: 'Kelurahan yang dilayani. Kecamatannya ditambahkan otomatis; jika mengisi kecamatan juga, kecamatan kelurahan ini harus ikut dipilih.' },
	venue: { label: 'Tempat', hint: 'Tempat kegiatan, hanya seperti yang disebut sumber, misalnya "LPK RITA, Jl. H. Habibon".' },
	schedule: { label: 'Jadwal', hint: 'Pilih jenis jadwal: berkelanjutan (layanan tetap), berkala (berulang) atau terjadwal (punya tanggal).' },
	'schedule.berkelanjutan': { label: 'Berkelanjutan (layanan tetap tanpa akhir)', hint: 'Misalnya BPJS yang dibayar Pemkot atau BLK yang melatih sepanjang tahun.' },
	'schedule.berkelanjutan.since': { label: 'Sejak', hint: partialDate },
	'schedule.berkala': { label: 'Berkala (berulang dengan irama tetap)', hint: 'Misalnya posyandu setiap bulan.' },
	'schedule.berkala.rhythm': { label: 'Irama', hint: 'Dengan kata biasa, misalnya "Setiap bulan sesuai jadwal posyandu".' },
	'schedule.berkala.months': { label: 'Bulan', hint: 'Angka bulan (1–12) jika tetap, misalnya 5 dan 11 untuk Mei dan November.' },
	'schedule.berkala.since': { label: 'Sejak', hint: partialDate },
	'schedule.terjadwal': { label: 'Terjadwal (punya tanggal)', hint: 'Satu angkatan pelatihan atau masa pendaftaran. Program yang sudah lewat tetap disimpan dan tampil sebagai "selesai".' },
	'schedule.terjadwal.registrationOpens': { label: 'Pendaftaran dibuka', hint: `Hari pertama pendaftaran. ${partialDate}` },
	'schedule.terjadwal.registrationCloses': { label: 'Pendaftaran ditutup', hint: `Hari terakhir pendaftaran. ${partialDate}` },
	'schedule.terjadwal.starts': { label: 'Mulai', hint: `Hari pertama kegiatan. ${partialDate}` },
	'schedule.terjadwal.ends': { label: 'Selesai', hint: `Hari terakhir kegiatan. Wajib, agar program tidak tampak dibuka selamanya. ${partialDate}` },
	'schedule.tahun-ajaran': { label: 'Tahun ajaran (Juli–Juni)', hint: 'Berlaku satu tahun ajaran dan selesai saat tahun ajaran itu berakhir.' },
	'schedule.tahun-ajaran.year': { label: 'Tahun ajaran', hint: 'Ditulis seperti 2025/2026 (Juli 2025 sampai Juni 2026).' },
	'schedule.tahun-anggaran': { label: 'Tahun anggaran (Januari–Desember)', hint: 'Berlaku satu tahun anggaran dan selesai saat tahun itu berakhir.' },
	'schedule.tahun-anggaran.year': { label: 'Tahun anggaran', hint: 'Angka tahun, misalnya 2026.' },
	'schedule.direncanakan': { label: 'Direncanakan (belum mulai)', hint: 'Sudah diumumkan tetapi belum berjalan, misalnya sekolah yang sedang dibangun.' },
	'schedule.direncanakan.expected': { label: 'Perkiraan mulai', hint: `Hanya jika sumber menyebut tanggal. ${partialDate}` },
	'schedule.direncanakan.lastKnown': { label: 'Kabar terakhir', hint: `Tanggal sumber terbaru yang memberitakan rencana ini. ${partialDate}` },
	'schedule.belum-pasti': { label: 'Belum pasti (tidak jelas masih berjalan)', hint: 'Sumber tidak bisa memastikan program masih berjalan. Jangan mengarang tanggal selesai.' },
	'schedule.belum-pasti.lastKnown': { label: 'Terakhir terlihat berjalan', hint: `Tanggal terakhir sumber menunjukkan program berjalan di Bontang, misalnya 2025. ${partialDate}` },
	cost: { label: 'Biaya', hint: 'Berapa yang dibayar peserta.' },
	'cost.type': { label: 'Jenis biaya', hint: 'gratis, berbayar (isi jumlahnya) atau tidak-diketahui jika tidak ada sumber yang menyebut.' },
	'cost.amountIdr': { label: 'Jumlah (rupiah)', hint: 'Hanya jika sumber menyebutkannya. Angka saja, tanpa titik.' },
	'cost.note': { label: 'Catatan biaya', hint: 'Misalnya "per bulan".' },
	amounts: { label: 'Besar bantuan', hint: 'Jumlah uang atau barang yang diterima, masing-masing seperti disebut sumbernya. Jika sumber berbeda, tulis semuanya.' },
	'amounts.label': { label: 'Untuk siapa/apa', hint: 'Misalnya "Anak SD" atau "Per orang".' },
	'amounts.amountIdr': { label: 'Jumlah (rupiah)', hint: 'Angka saja, tanpa titik, misalnya 300000.' },
	'amounts.per': { label: 'Per', hint: 'Periodenya, misalnya "per bulan", "per tahun", "per tahap (3 bulan)".' },
	'amounts.source': { label: 'Alamat sumber jumlah ini', hint: 'Alamat web salah satu sumber di daftar Sumber yang menyebut jumlah ini.' },
	'amounts.note': { label: 'Catatan', hint: 'Yang perlu diketahui pembaca, misalnya "sumber lain menyebut Rp…".' },
	viaDtsen: { label: 'Penerima dari DTSEN', hint: 'Centang jika penerima diambil dari DTSEN (data kesejahteraan nasional). Halaman lalu mengajak keluarga mengecek apakah mereka terdata.' },
	desilMax: { label: 'Desil tertinggi', hint: 'Desil DTSEN tertinggi yang dilayani, hanya jika sumber menyebutkannya, misalnya 4 untuk "desil 1–4".' },
	guides: { label: 'Panduan terkait', hint: 'Panduan yang dibutuhkan keluarga untuk program ini, misalnya cara cek DTSEN.' },
	offers: { label: 'Yang didapat', hint: 'Butir-butir singkat, misalnya "Pelatihan menjahit tas selama 10 hari". Paling sedikit satu.' },
	eligibility: { label: 'Syarat', hint: 'Siapa yang boleh ikut, seperti yang disebut sumber.' },
	documents: { label: 'Dokumen yang dibawa', hint: 'Seperti yang disebut sumber, misalnya "KTP" atau "Kartu Keluarga".' },
	access: { label: 'Cara ikut', hint: 'terbuka (siapa pun yang memenuhi syarat boleh mendaftar), ditunjuk (peserta dipilih dari data seperti DTSEN) atau tanya (tidak ada sumber: warga bertanya ke kantor).' },
	steps: { label: 'Langkah mendaftar', hint: 'Berurutan, hanya seperti yang dijelaskan sumber. Program "terbuka" perlu langkah atau saluran.' },
	channels: { label: 'Saluran pendaftaran atau informasi', hint: 'Persis seperti yang disebut sumber. Jangan menambah nomor telepon atau alamat yang tidak ada di sumber.' },
	'channels.type': { label: 'Jenis saluran', hint: 'web (situs pendaftaran), datang (datang langsung) atau info (tempat pengumuman).' },
	'channels.label': { label: 'Nama saluran', hint: 'Misalnya "Laman e-beasiswa Pemkot Bontang" atau "Kantor Disnaker Kota Bontang".' },
	'channels.url': { label: 'Alamat web', hint: 'Harus diawali https:// agar data warga terkirim aman.' },
	askAt: { label: 'Tanya ke', hint: 'Kantor yang bisa ditanya warga untuk memastikan info. Wajib.' },
	...sourceList,
	lastChecked,
	body: { label: 'Isi halaman', hint: 'Penjelasan dengan kalimat sederhana. Tulis dengan kata-kata sendiri; jangan menyalin dari sumber.' },
};

export const GUIDE_TEXTS: FieldTexts = {
	title: { label: 'Judul', hint: 'Pertanyaan atau tugas seperti diucapkan warga, misalnya "Cek apakah keluarga Anda terdata". Paling banyak 70 huruf.' },
	summary: { label: 'Ringkasan', hint: 'Satu kalimat (20–160 huruf): panduan ini membantu apa.' },
	order: { label: 'Urutan', hint: 'Posisi di daftar dan menu: 1 paling atas.' },
	steps: { label: 'Langkah', hint: 'Berurutan, dengan kalimat sederhana. Setiap langkah harus punya sumber.' },
	'steps.title': { label: 'Judul langkah', hint: 'Singkat, misalnya "Buka situs Cek Bansos". Paling banyak 80 huruf.' },
	'steps.text': { label: 'Yang dilakukan', hint: 'Satu sampai tiga kalimat sederhana.' },
	'steps.source': { label: 'Alamat sumber langkah ini', hint: 'Alamat web salah satu sumber di daftar Sumber yang menjelaskan langkah ini.' },
	documents: { label: 'Dokumen yang dibawa', hint: 'Seperti yang disebut sumber.' },
	askAt: { label: 'Tanya ke', hint: 'Kantor yang ditanya jika sebuah langkah tidak berhasil.' },
	...sourceList,
	lastChecked,
	body: { label: 'Isi halaman', hint: 'Penjelasan tambahan dengan kalimat sederhana dan kata-kata sendiri.' },
};

export const STRATEGY_TEXTS: FieldTexts = {
	title: { label: 'Judul', hint: 'Judul halaman, paling banyak 70 huruf.' },
	summary: { label: 'Ringkasan', hint: 'Satu kalimat (20–160 huruf), dipakai di daftar, hasil pencarian dan pratinjau tautan.' },
	order: { label: 'Urutan', hint: 'Posisi di menu: 1 paling atas.' },
	shortTitle: { label: 'Judul pendek', hint: 'Untuk menu dan kartu (3–40 huruf). Kosongkan untuk memakai judul.' },
	leads: { label: 'Pemimpin', hint: 'Lembaga yang memimpin strategi ini.' },
	targetGroups: { label: 'Untuk siapa', hint: 'Kelompok warga yang dituju.' },
	...sourceList,
	lastChecked,
	body: { label: 'Isi halaman', hint: 'Setiap contoh di isi halaman harus punya sumber di daftar sumber. Baris "import" dan komponen seperti <SeriesChart /> jangan diubah.' },
};

const pointSource = sourceTexts('points.source');
const alternativeSource = sourceTexts('points.alternatives.source');

export const SERIES_TEXTS: FieldTexts = {
	title: { label: 'Judul', hint: 'Judul di atas grafik, misalnya "Persentase penduduk miskin Kota Bontang".' },
	measures: { label: 'Yang diukur', hint: 'Arti angka ini dengan kata biasa (paling sedikit 20 huruf).' },
	unit: { label: 'Satuan', hint: 'Satuan semua nilai.' },
	producer: { label: 'Penghasil data', hint: 'Lembaga yang menghasilkan angka ini. Wajib, kecuali metodenya "hitungan".' },
	method: { label: 'Metode', hint: 'survei (sampel, misalnya Susenas BPS), register (daftar nama, misalnya data Dinsos-PM) atau hitungan (dihitung situs ini). Survei dan register jangan dibandingkan langsung.' },
	axis: { label: 'Sumbu', hint: 'waktu (titik berupa periode, urut waktu) atau wilayah (titik berupa wilayah).' },
	chart: { label: 'Jenis grafik', hint: 'line untuk perubahan dari waktu ke waktu, bar untuk membandingkan jumlah atau wilayah.' },
	period: { label: 'Periode', hint: 'Untuk data per wilayah: periode semua titik, misalnya "Desember 2024".' },
	points: { label: 'Titik data', hint: 'Nilai-nilainya, masing-masing dengan sumber. Untuk data per waktu, urutkan dari yang paling lama.' },
	'points.x': { label: 'Periode atau wilayah', hint: "Periode ('2023', '2024-12') untuk data per waktu, atau nama wilayah." },
	'points.value': { label: 'Nilai', hint: 'Angka dalam satuan data ini; pakai titik untuk desimal (4.11, bukan 4,11).' },
	'points.source': { label: 'Sumber nilai', hint: 'Wajib: nilai tanpa sumber membuat situs gagal dibangun.' },
	...pointSource,
	'points.note': { label: 'Catatan', hint: 'Yang perlu diketahui pembaca, misalnya "angka sementara".' },
	'points.reliability': { label: 'Keandalan', hint: 'Pilih "rendah" jika satu-satunya sumber lemah (pidato, halaman tanpa tanggal).' },
	'points.alternatives': { label: 'Nilai lain', hint: 'Nilai berbeda dari sumber lain untuk periode atau wilayah yang sama.' },
	'points.alternatives.value': { label: 'Nilai', hint: 'Nilai yang dilaporkan sumber lain.' },
	'points.alternatives.source': { label: 'Sumber', hint: 'Wajib: tidak ada nilai tanpa sumber.' },
	...alternativeSource,
	'points.alternatives.note': { label: 'Catatan', hint: 'Mengapa berbeda, jika diketahui.' },
	lastChecked,
};

/**
 * Texts of an office detail's source (OfficeSourceSchema): like a program source, but the office itself
 * may be the source (`confirmedByOffice`), and a note is shown to readers.
 */
function officeSourceTexts(prefix: string): FieldTexts {
	return {
		[prefix]: { label: 'Sumber', hint: 'Wajib untuk setiap rincian: halaman tempat rincian ini ditemukan, atau tanggal kantor itu sendiri memastikannya. Rincian tanpa sumber tidak boleh dimuat.' },
		[`${prefix}.url`]: { label: 'Alamat web sumber', hint: 'Alamat lengkap halaman tempat rincian ini diambil, diawali https://. Boleh kosong hanya jika kantor sendiri memastikannya (isi "Dipastikan kantor").' },
		[`${prefix}.title`]: { label: 'Judul sumber', hint: 'Judul halaman persis seperti yang diterbitkan. Jika halaman tidak berjudul, kosongkan dan isi penerbit. Jangan mengarang judul.' },
		[`${prefix}.publisher`]: { label: 'Penerbit', hint: 'Siapa yang menerbitkan dan siapa yang dikutip, misalnya "Radar Bontang, mengutip Kepala Dinsos-PM".' },
		[`${prefix}.date`]: { label: 'Tanggal terbit', hint: 'Wajib jika ada alamat web. Setepat yang tercetak di sumber: 2025, 2025-07 atau 2025-07-09. Jika sumber tidak bertanggal, tulis tidak-diketahui.' },
		[`${prefix}.reliability`]: { label: 'Keandalan sumber', hint: 'tinggi (halaman resmi, atau kantor itu sendiri), sedang (berita daerah yang mengutip kantor), rendah (artikel penjelas atau blog: ditampilkan sebagai belum dikonfirmasi).' },
		[`${prefix}.confirmedByOffice`]: { label: 'Dipastikan kantor (tanggal)', hint: 'Hanya jika kantor itu sendiri memastikan rincian ini kepada tim situs, lewat telepon, kunjungan atau surat: tanggalnya, lengkap TTTT-BB-HH. Tulis caranya di Catatan.' },
		[`${prefix}.note`]: { label: 'Catatan tentang sumber', hint: 'Yang perlu diingat tentang sumber ini, misalnya "pengamatan satu hari, bukan jadwal". Catatan ini tampil untuk pembaca.' },
	};
}

/** Texts of a list (or single entry) of sourced details (SourcedTextSchema) at `path`. */
function sourcedTexts(path: string, list: FieldText, text: FieldText): FieldTexts {
	return { [path]: list, [`${path}.text`]: text, ...officeSourceTexts(`${path}.source`) };
}

const ownWords = 'Dengan kata-kata sendiri, setepat yang disebut sumber; jangan menyalin kalimat sumber.';

export const OFFICE_TEXTS: FieldTexts = {
	name: { label: 'Nama resmi kantor', hint: 'Nama lengkap, misalnya "Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang". Paling banyak 70 huruf (ini judul halaman); penjelasan ditulis di Nama lain.' },
	shortName: { label: 'Nama pendek', hint: 'Nama yang biasa dipakai warga, misalnya "Dinsos-PM" (2–40 huruf). Dipakai di tombol dan daftar, dan menjadi alamat halaman kantor baru.' },
	kind: { label: 'Kelompok', hint: 'Kelompok kantor di halaman Kantor, misalnya kantor kelurahan atau puskesmas.' },
	institution: { label: 'Lembaga', hint: 'Lembaga tempat kantor ini bernaung, agar program yang menyebut lembaga itu (di Tanya ke atau Penyelenggara) menautkan ke sini. Beberapa kantor boleh sama, misalnya semua puskesmas.' },
	kecamatan: { label: 'Kecamatan', hint: 'Kecamatan tempat kantor berada atau yang dilayaninya.' },
	kelurahan: { label: 'Kelurahan', hint: 'Wajib untuk kantor kelurahan: kelurahannya.' },
	alsoKnownAs: { label: 'Nama lain', hint: 'Nama yang dipakai warga atau berita (nama lama, singkatan), agar pencarian menemukan kantor ini. Satu nama per baris.' },
	...sourcedTexts(
		'services',
		{ label: 'Yang bisa ditanyakan atau diurus', hint: 'Satu hal per butir, dengan kalimat sederhana, masing-masing dengan sumbernya sendiri.' },
		{ label: 'Yang bisa ditanyakan atau diurus', hint: `Misalnya "Klarifikasi kartu BPJS PBI yang nonaktif". ${ownWords}` },
	),
	...sourcedTexts(
		'address',
		{ label: 'Alamat', hint: 'Kosongkan jika tidak ada sumber yang menyebut alamat: halaman lalu menulis "belum ada data resmi". Jangan mengisi alamat dari ingatan atau peta.' },
		{ label: 'Alamat', hint: 'Persis setepat sumbernya: jangan menambah nomor jalan, RT atau kode pos yang tidak disebut sumber.' },
	),
	...sourcedTexts(
		'servicePoints',
		{ label: 'Tempat layanan lain', hint: 'Tempat lain kantor ini melayani, misalnya loket di MPP, atau alamat lama dari sumber lain. Masing-masing dengan sumbernya.' },
		{ label: 'Tempat layanan', hint: `Misalnya "Loket di Gedung MPP lantai 4". ${ownWords}` },
	),
	...sourcedTexts(
		'hours',
		{ label: 'Jam buka', hint: 'Hanya seperti yang disebut sumber. Kosongkan jika tidak diketahui; jangan menebak jam kantor biasa.' },
		{ label: 'Jam buka', hint: 'Misalnya "Senin–Kamis 08.00–16.00", persis seperti sumbernya.' },
	),
	phones: { label: 'Telepon dan WhatsApp', hint: 'Hanya nomor yang tercetak di sumber, masing-masing dengan sumbernya. Jangan pernah mengisi nomor yang tidak disebut sumber. Kosongkan jika tidak ada.' },
	'phones.kind': { label: 'Jenis nomor', hint: 'Telepon, WhatsApp atau SMS.' },
	'phones.number': { label: 'Nomor', hint: 'Persis seperti di sumber: angka, spasi, tanda hubung dan + di depan, misalnya 0811-5859-300. Keterangan ditulis di Untuk apa.' },
	'phones.label': { label: 'Untuk apa', hint: 'Kegunaan nomor ini, misalnya "Pengaduan pelayanan (bukan informasi umum)".' },
	...officeSourceTexts('phones.source'),
	websites: { label: 'Situs web', hint: 'Situs kantor ini, masing-masing dengan sumber alamatnya.' },
	'websites.url': { label: 'Alamat situs', hint: 'Alamat lengkap, diawali https://, misalnya https://www.lapor.go.id/' },
	'websites.label': { label: 'Nama situs', hint: 'Situs apa ini, misalnya "Situs pengaduan nasional SP4N-LAPOR!".' },
	...officeSourceTexts('websites.source'),
	...sourcedTexts(
		'areaServed',
		{ label: 'Wilayah layanan', hint: 'Wilayah yang dilayani kantor ini (misalnya kelurahan sebuah puskesmas), masing-masing dengan sumbernya.' },
		{ label: 'Wilayah', hint: `Misalnya "Kelurahan Api-Api dan Gunung Elai". ${ownWords}` },
	),
	...sourcedTexts(
		'locationNotes',
		{ label: 'Perlu diketahui sebelum datang', hint: 'Misalnya kantor pindah, sedang dibangun ulang, atau loket didapati tutup. Masing-masing dengan sumbernya.' },
		{ label: 'Catatan', hint: ownWords },
	),
	gaps: { label: 'Yang belum diketahui', hint: 'Satu kalimat per hal yang belum ada sumbernya, misalnya "Jam layanan tidak ditemukan". Tampil sebagai "belum ada data resmi".' },
	...sourcedTexts(
		'unconfirmedLeads',
		{ label: 'Petunjuk belum pasti (tidak tampil)', hint: 'Hanya untuk editor, tidak pernah tampil di situs: temuan yang belum dipastikan, misalnya nomor dari unggahan media sosial. Pindahkan ke kolom lain hanya setelah ada sumber yang layak.' },
		{ label: 'Petunjuk', hint: 'Apa isi petunjuk itu.' },
	),
	lastChecked,
};
