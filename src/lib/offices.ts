/**
 * Offices: grouping for /kantor/, the link a program's "Tanya dulu" box points at, phone links, and
 * the plain words that say how far a detail can be trusted. Pure: no astro:*, no DOM.
 */
import { OFFICE_KINDS, type OfficeKind, type Phone, type OfficeSource } from '../schemas/office';
import type { Reliability } from '../schemas/common';

/** The smallest view of an office these helpers need. */
export interface OfficeLike {
	id: string;
	name: string;
	shortName: string;
	kind: OfficeKind;
	institution?: string;
}

/** Offices grouped in the display order of OFFICE_KINDS, each group sorted by name; empty groups left out. */
export function groupOffices<T extends OfficeLike>(offices: readonly T[]): { kind: OfficeKind; label: string; offices: T[] }[] {
	return (Object.keys(OFFICE_KINDS) as OfficeKind[])
		.map((kind) => ({
			kind,
			label: OFFICE_KINDS[kind],
			offices: offices.filter((o) => o.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'id')),
		}))
		.filter((g) => g.offices.length > 0);
}

/** Where a program's "ask here" link goes: one office page, or a group on /kantor/ when several offices share the institution. */
export type OfficeLink =
	| { type: 'office'; path: string; label: string; office: OfficeLike }
	| { type: 'group'; path: string; label: string; count: number };

/**
 * The page to send a resident to for an institution, as a site path without the base
 * (e.g. "kantor/dinsos-pm/" or "kantor/#kesehatan"); null when no office is recorded for it.
 */
export function officeLinkFor(institution: string, offices: readonly OfficeLike[]): OfficeLink | null {
	const matching = offices.filter((o) => o.institution === institution);
	if (matching.length === 0) return null;
	if (matching.length === 1) {
		const office = matching[0]!;
		return { type: 'office', path: `kantor/${office.id}/`, label: office.shortName, office };
	}
	// Several offices (every puskesmas, every kantor kelurahan): the list lets people pick the nearest.
	const kinds = new Set(matching.map((o) => o.kind));
	const kind = kinds.size === 1 ? [...kinds][0]! : null;
	return { type: 'group', path: kind ? `kantor/#${kind}` : 'kantor/', label: kind ? OFFICE_KINDS[kind] : 'Daftar kantor', count: matching.length };
}

/**
 * A link that opens the phone's dialler or WhatsApp, or null when the number cannot be dialled as
 * written. Indonesian mobile numbers (08…) become +62… for WhatsApp, which needs the country code.
 */
export function phoneHref(phone: Pick<Phone, 'kind' | 'number'>): string | null {
	const digits = phone.number.replace(/[^\d+]/g, '');
	if (!/^\+?\d{3,15}$/.test(digits)) return null;
	const international = digits.startsWith('+') ? digits.slice(1) : digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
	if (phone.kind === 'whatsapp') return digits.length >= 9 ? `https://wa.me/${international}` : null;
	if (phone.kind === 'sms') return `sms:${digits}`;
	return `tel:${digits}`;
}

/** Plain words for how far a detail can be trusted, shown next to it; null for news and official sources. */
export function reliabilityWarning(source: Pick<OfficeSource, 'reliability' | 'confirmedByOffice'>): string | null {
	if (source.confirmedByOffice) return null;
	const words: Record<Reliability, string | null> = {
		tinggi: null,
		sedang: null,
		rendah: 'Menurut sumber penjelas, belum dikonfirmasi',
	};
	return words[source.reliability];
}

/** What the site knows about reaching an office, in words for a sentence: ["alamat", "jam buka", …]. */
export function knownContactParts(o: { phones?: unknown[]; address?: unknown; websites?: unknown[]; servicePoints?: unknown[]; hours?: unknown[] }): string[] {
	return [
		o.address ? 'alamat' : o.servicePoints?.length ? 'tempat layanan' : null,
		o.hours?.length ? 'jam buka' : null,
		o.phones?.length ? 'nomor telepon atau WhatsApp' : null,
		o.websites?.length ? 'situs web' : null,
	].filter((p): p is string => p !== null);
}

/** Whether anyone can reach the office from what the site knows: a phone, an address or a website. */
export function hasContact(o: { phones?: unknown[]; address?: unknown; websites?: unknown[]; servicePoints?: unknown[] }): boolean {
	return Boolean(o.phones?.length || o.address || o.websites?.length || o.servicePoints?.length);
}
