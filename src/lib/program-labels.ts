/**
 * Plain-language labels for a program's facts, written once for the program page, the cards, the
 * finder and (later) share texts.
 */
import type { Program } from '../schemas/program';
import { INSTITUTIONS, type Institution } from '../schemas/institutions';
import { FUNDING_TYPES, PROGRAM_KINDS } from '../schemas/program-kinds';
import { kecamatanName, kelurahanName, type Kecamatan, type Kelurahan } from '../schemas/wilayah';
import { formatPartialDate } from './dates';
import { STATUSES, type Status } from './status';
import { isArchived } from './finder';
import { formatRupiah, joinId } from './format';

type ProgramData = Omit<Program, 'strategy'>;

/** "Seluruh Kota Bontang", or "Kelurahan Loktuan dan Api-Api", or "Kecamatan Bontang Utara". */
export function areaLabel(p: Pick<ProgramData, 'kecamatan' | 'kelurahan'>): string {
	if (p.kelurahan?.length) return `Kelurahan ${joinId(p.kelurahan.map((k) => kelurahanName(k as Kelurahan)))}`;
	if (p.kecamatan?.length) return `Kecamatan ${joinId(p.kecamatan.map((k) => kecamatanName(k as Kecamatan)))}`;
	return 'Seluruh Kota Bontang';
}

/** When, in words: "Berkelanjutan sejak Desember 2020", "Setiap Mei dan November", "8 Juni 2024 – Juni 2024". */
export function scheduleLabel(s: ProgramData['schedule']): string {
	if (s.type === 'berkelanjutan') return s.since ? `Berkelanjutan, sejak ${formatPartialDate(s.since)}` : 'Berkelanjutan';
	if (s.type === 'berkala') return s.rhythm;
	if (s.type === 'tahun-ajaran') return `Tahun ajaran ${s.year} (Juli ${s.year.slice(0, 4)} – Juni ${s.year.slice(5)})`;
	if (s.type === 'tahun-anggaran') return `Tahun anggaran ${s.year} (Januari – Desember ${s.year})`;
	if (s.type === 'direncanakan') {
		return s.expected
			? `Direncanakan mulai ${formatPartialDate(s.expected)} (kabar terakhir: ${formatPartialDate(s.lastKnown)})`
			: `Direncanakan; sumber belum menyebut kapan mulai (kabar terakhir: ${formatPartialDate(s.lastKnown)})`;
	}
	if (s.type === 'belum-pasti') return `Belum pasti masih berjalan; terakhir tercatat di sumber: ${formatPartialDate(s.lastKnown)}`;
	const parts: string[] = [];
	if (s.registrationOpens || s.registrationCloses) {
		const from = s.registrationOpens ? formatPartialDate(s.registrationOpens) : '';
		const to = s.registrationCloses ? formatPartialDate(s.registrationCloses) : '';
		parts.push(`Pendaftaran ${from && to ? `${from} – ${to}` : from ? `mulai ${from}` : `sampai ${to}`}`);
	}
	const start = s.starts ? formatPartialDate(s.starts) : '';
	const end = formatPartialDate(s.ends);
	parts.push(start && start !== end ? `Kegiatan ${start} – ${end}` : `Kegiatan ${end}`);
	return parts.join('; ');
}

export function costLabel(c: ProgramData['cost']): string {
	if (c.type === 'gratis') return 'Gratis';
	if (c.type === 'berbayar') return `${formatRupiah(c.amountIdr!)}${c.note ? ` ${c.note}` : ''}`;
	return 'Tidak disebut dalam sumber';
}

/**
 * The labelled facts on a program card, so none stands alone ("Biaya: tidak disebut sumber", never a
 * bare "Tidak disebut dalam sumber"). Shared by the server-rendered card and the finder's cards.
 */
export function cardFacts(p: Pick<ProgramData, 'kind' | 'kecamatan' | 'kelurahan' | 'cost'>): [label: string, value: string][] {
	return [
		['Jenis', PROGRAM_KINDS[p.kind].id],
		['Wilayah', areaLabel(p)],
		['Biaya', p.cost.type === 'tidak-diketahui' ? 'tidak disebut sumber' : costLabel(p.cost)],
	];
}

/** The card facts as one line: "Jenis: … · Wilayah: … · Biaya: …". */
export function cardMeta(p: Parameters<typeof cardFacts>[0]): string {
	return cardFacts(p).map(([label, value]) => `${label}: ${value}`).join(' · ');
}

export function institutionNames(ids: readonly Institution[]): string {
	return joinId(ids.map((id) => INSTITUTIONS[id].short));
}

export function fundingLabel(f: ProgramData['funding']): string | undefined {
	return f?.length ? joinId(f.map((id) => FUNDING_TYPES[id])) : undefined;
}

/**
 * A program's title as site search lists it: with its status in words, finished ones marked as the
 * archive ("Pelatihan menjahit (Selesai, arsip)"). Computed at build time, like the search index.
 */
export function searchTitle(title: string, status: Status): string {
	return `${title} (${STATUSES[status].id}${isArchived(status) ? ', arsip' : ''})`;
}
