/**
 * schema.org structured data (JSON-LD) for search engines and link previews. A program becomes a
 * Course (training), an Event (a dated fair) or a GovernmentService (everything else), with only the
 * facts its entry states.
 * @see https://schema.org/GovernmentService https://schema.org/Course https://schema.org/Event
 */
import type { Program } from '../schemas/program';
import { INSTITUTIONS } from '../schemas/institutions';
import { TARGET_GROUPS } from '../schemas/target-groups';
import { kelurahanName, type Kelurahan } from '../schemas/wilayah';
import { startOf, endOf } from './dates';

type ProgramData = Omit<Program, 'strategy'>;

const CITY = { '@type': 'City', name: 'Kota Bontang', containedInPlace: { '@type': 'State', name: 'Kalimantan Timur' } };

function organization(id: ProgramData['organizers'][number]) {
	const inst = INSTITUTIONS[id];
	const type = inst.type.startsWith('pemerintah') ? 'GovernmentOrganization' : inst.type === 'perusahaan' ? 'Corporation' : 'NGO';
	return { '@type': type, name: inst.name };
}

export function programJsonLd(p: ProgramData, url: string): Record<string, unknown> {
	const areaServed = p.kelurahan?.length
		? p.kelurahan.map((k) => ({ '@type': 'Place', name: `Kelurahan ${kelurahanName(k as Kelurahan)}, Kota Bontang` }))
		: CITY;
	const common = {
		'@context': 'https://schema.org',
		name: p.title,
		description: p.summary,
		url,
		audience: { '@type': 'Audience', audienceType: p.targetGroups.map((t) => TARGET_GROUPS[t].id).join(', ') },
		...(p.cost.type === 'gratis' ? { isAccessibleForFree: true } : {}),
	};
	const provider = p.organizers.map(organization);
	const s = p.schedule;
	if (p.kind === 'pelatihan-keterampilan' || p.kind === 'pelatihan-kerja') {
		return {
			...common,
			'@type': 'Course',
			provider: provider[0],
			...(s.type === 'terjadwal'
				? {
						hasCourseInstance: {
							'@type': 'CourseInstance',
							courseMode: 'onsite',
							...(s.starts ? { startDate: startOf(s.starts) } : {}),
							endDate: endOf(s.ends),
							...(p.venue ? { location: { '@type': 'Place', name: p.venue, address: 'Kota Bontang, Kalimantan Timur' } } : {}),
						},
					}
				: {}),
		};
	}
	if (p.kind === 'lowongan-kerja' && s.type === 'terjadwal' && s.starts) {
		return {
			...common,
			'@type': 'Event',
			organizer: provider,
			startDate: startOf(s.starts),
			endDate: endOf(s.ends),
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
			location: { '@type': 'Place', name: p.venue ?? 'Kota Bontang', address: 'Kota Bontang, Kalimantan Timur' },
		};
	}
	return { ...common, '@type': 'GovernmentService', provider, areaServed, serviceType: p.kind };
}

export function homeJsonLd(siteName: string, url: string, publisher: { name: string; url: string }): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@graph': [
			{ '@type': 'WebSite', name: siteName, url, inLanguage: ['id', 'en'], publisher: { '@id': `${url}#publisher` } },
			{ '@type': 'GovernmentOrganization', '@id': `${url}#publisher`, name: publisher.name, url: publisher.url, areaServed: CITY },
		],
	};
}

/** JSON for a <script type="application/ld+json">, safe to inline: "<" cannot end the script early. */
export function jsonLdScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
