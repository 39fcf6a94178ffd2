/** Office schema and helpers: every detail needs a source, errors name the field and the fix. */
import { describe, expect, test } from 'vitest';
import { OfficeSchema, OfficeSourceSchema } from '../../src/schemas/office';
import { groupOffices, hasContact, knownContactParts, officeLinkFor, phoneHref, reliabilityWarning } from '../../src/lib/offices';
import { makeOffice } from '../fixtures/factories';

function issues(schema: { safeParse: (d: unknown) => any }, data: unknown) {
	const r = schema.safeParse(data);
	return r.success ? [] : r.error.issues.map((i: { path: PropertyKey[]; message: string }) => ({ path: i.path.join('.'), message: i.message }));
}

const news = { url: 'https://example.org/berita', title: 'Contoh berita', date: '2025-07-09', reliability: 'sedang' };

describe('OfficeSchema', () => {
	test('the smallest valid office passes, with empty services and gaps by default', () => {
		const r = OfficeSchema.parse(makeOffice());
		expect(r.services).toEqual([]);
		expect(r.gaps).toEqual([]);
	});

	test.each([
		['unknown institution', { institution: 'dinas-entah' }, 'institution', /unknown institution "dinas-entah".*dinsos-pm/],
		['unknown kind', { kind: 'kantor' }, 'kind', /Allowed: pusat-layanan, dinas/],
		['address without a source', { address: { text: 'Jalan Awang Long' } }, 'address.source', /./],
		['source without url or office confirmation', { address: { text: 'Jalan Awang Long', source: { reliability: 'sedang' } } }, 'address.source.url', /confirmedByOffice/],
		['url without title or publisher', { address: { text: 'Jalan Awang Long', source: { url: 'https://example.org/x', date: 'tidak-diketahui', reliability: 'sedang' } } }, 'address.source.title', /publisher/],
		['unknown reliability', { address: { text: 'Jalan Awang Long', source: { ...news, reliability: 'high' } } }, 'address.source.reliability', /Allowed: tinggi, sedang, rendah/],
		['url without a date', { address: { text: 'Jalan Awang Long', source: { url: 'https://example.org/x', title: 'Judul', reliability: 'sedang' } } }, 'address.source.date', /tidak-diketahui/],
		['checked after the build day', { lastChecked: '2099-01-01' }, 'lastChecked', /after today/],
		['phone number with words in it', { phones: [{ kind: 'whatsapp', number: '0811 (PANDAWA)', source: news }] }, 'phones.0.number', /label/],
		['phone number YAML read as a number', { phones: [{ kind: 'telepon', number: 8111713737, source: news }] }, 'phones.0.number', /in quotes/],
		['kantor kelurahan without kelurahan', { kind: 'kelurahan' }, 'kelurahan', /kelurahan:/],
		['unknown kelurahan', { kind: 'kelurahan', kelurahan: 'lok-tuan' }, 'kelurahan', /Allowed: guntung, loktuan/],
		['name too long for a page title', { name: 'x'.repeat(71) }, 'name', /alsoKnownAs/],
		['lastChecked not a day', { lastChecked: '2026-11' }, 'lastChecked', /YYYY-MM-DD/],
	])('%s fails at %s', (_name, override, path, message) => {
		const found = issues(OfficeSchema, { ...makeOffice(), ...override });
		expect(found.map((i: { path: string }) => i.path)).toContain(path);
		expect(found.find((i: { path: string }) => i.path === path)!.message).toMatch(message);
	});

	test('an unknown key names the key and the allowed fields', () => {
		const found = issues(OfficeSchema, { ...makeOffice(), alamat: 'x' });
		expect(found[0]!.message).toMatch(/unknown field\(s\) "alamat".*Allowed fields: name, shortName/);
	});

	test('"confirmed by the office itself on <date>" is a source of its own, without a web page', () => {
		expect(issues(OfficeSourceSchema, { confirmedByOffice: '2026-12-03', reliability: 'tinggi', note: 'Lewat telepon ke loket' })).toEqual([]);
		expect(issues(OfficeSourceSchema, { confirmedByOffice: '3 Desember', reliability: 'tinggi' })[0]!.path).toBe('confirmedByOffice');
	});

	test('a source known only by its publisher is accepted (the data set has pages without a recorded title)', () => {
		expect(issues(OfficeSourceSchema, { url: 'https://katakaltim.com/x', publisher: 'katakaltim.com', date: 'tidak-diketahui', reliability: 'sedang' })).toEqual([]);
	});
});

describe('office helpers', () => {
	const offices = [
		{ id: 'dinsos-pm', name: 'Dinas Sosial', shortName: 'Dinsos-PM', kind: 'dinas', institution: 'dinsos-pm' },
		{ id: 'pkm-a', name: 'Puskesmas A', shortName: 'PKM A', kind: 'kesehatan', institution: 'puskesmas' },
		{ id: 'pkm-b', name: 'Puskesmas B', shortName: 'PKM B', kind: 'kesehatan', institution: 'puskesmas' },
		{ id: 'mpp', name: 'Mal Pelayanan Publik', shortName: 'MPP', kind: 'pusat-layanan' },
	] as const;

	test('an institution with one office links to that office page', () => {
		expect(officeLinkFor('dinsos-pm', offices)).toMatchObject({ type: 'office', path: 'kantor/dinsos-pm/', label: 'Dinsos-PM' });
	});
	test('an institution with several offices links to their group on /kantor/', () => {
		expect(officeLinkFor('puskesmas', offices)).toMatchObject({ type: 'group', path: 'kantor/#kesehatan', count: 2 });
	});
	test('an institution without an office gives null', () => {
		expect(officeLinkFor('baznas', offices)).toBeNull();
	});
	test('groups follow the display order and sort by name', () => {
		const groups = groupOffices(offices);
		expect(groups.map((g) => g.kind)).toEqual(['pusat-layanan', 'dinas', 'kesehatan']);
		expect(groups[2]!.offices.map((o) => o.id)).toEqual(['pkm-a', 'pkm-b']);
	});
	test.each([
		[{ kind: 'whatsapp', number: '0811-5859-300' }, 'https://wa.me/628115859300'],
		[{ kind: 'whatsapp', number: '+62 811-8165-165' }, 'https://wa.me/628118165165'],
		[{ kind: 'telepon', number: '112' }, 'tel:112'],
		[{ kind: 'sms', number: '1708' }, 'sms:1708'],
		[{ kind: 'whatsapp', number: '171' }, null],
	] as const)('phoneHref(%o) is %s', (phone, href) => {
		expect(phoneHref(phone)).toBe(href);
	});
	test('only weak, unconfirmed sources get a warning, in plain words', () => {
		expect(reliabilityWarning({ reliability: 'rendah' })).toMatch(/sumber penjelas, belum dikonfirmasi/);
		expect(reliabilityWarning({ reliability: 'rendah', confirmedByOffice: '2026-12-01' })).toBeNull();
		expect(reliabilityWarning({ reliability: 'sedang' })).toBeNull();
	});
	test('an office is reachable with a phone, an address, a website or a service point, not with nothing', () => {
		expect(hasContact({})).toBe(false);
		expect(hasContact({ phones: [] })).toBe(false);
		expect(hasContact({ phones: [{}] })).toBe(true);
		expect(hasContact({ servicePoints: [{}] })).toBe(true);
	});
	test('knownContactParts names only what a source gives', () => {
		expect(knownContactParts({})).toEqual([]);
		expect(knownContactParts({ servicePoints: [{}], phones: [{}] })).toEqual(['tempat layanan', 'nomor telepon atau WhatsApp']);
		expect(knownContactParts({ address: {}, servicePoints: [{}], hours: [{}], websites: [{}] })).toEqual(['alamat', 'jam buka', 'situs web']);
	});
});
