/** Report/suggestion links: they carry the visitor's text and the page address, for configured channels only. */
import { describe, expect, test } from 'vitest';
import { PLACEHOLDER, composeReport, hasChannel, reportLinks } from '../../src/lib/report-links';
import { deployProblem, readContact } from '../../src/config/site.mjs';

const input = { kind: 'koreksi' as const, pageTitle: 'Bedah rumah', pageUrl: 'https://contoh.go.id/program/bedah-rumah/', message: 'Pendaftaran dibuka lagi & kuota 50 (kata lurah)' };
const all = { email: 'tim@contoh.go.id', whatsapp: '6281234567890', repoUrl: 'https://github.com/contoh/situs' };

function decoded(href: string): string {
	return decodeURIComponent(href.replace(/\+/g, ' '));
}

describe('reportLinks', () => {
	test('no channel configured: no links at all', () => {
		expect(reportLinks({}, input)).toEqual([]);
		expect(hasChannel({})).toBe(false);
	});

	test('every configured channel gets a link carrying the text and the page address', () => {
		const links = reportLinks(all, input);
		expect(links.map((l) => l.channel)).toEqual(['whatsapp', 'email', 'github']);
		for (const l of links) {
			expect(decoded(l.href)).toContain(input.message);
			expect(decoded(l.href)).toContain(input.pageUrl);
		}
		expect(links[0]!.href).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/);
		expect(links[1]!.href).toMatch(/^mailto:tim@contoh\.go\.id\?subject=Koreksi%3A%20Bedah%20rumah&body=/);
		expect(links[2]!.href).toMatch(/^https:\/\/github\.com\/contoh\/situs\/issues\/new\?title=Koreksi%3A%20Bedah%20rumah&body=/);
	});

	test('characters that would break a URL are encoded (& and # in the text stay in the message)', () => {
		const [wa] = reportLinks({ whatsapp: all.whatsapp }, { ...input, message: 'a&b=c #1' });
		const text = new URL(wa!.href).searchParams.get('text');
		expect(text).toContain('a&b=c #1');
	});

	test('without typed text (and without JavaScript) the links carry a generic prefilled text', () => {
		const [mail] = reportLinks({ email: all.email }, { ...input, message: '   ' });
		expect(decoded(mail!.href)).toContain(PLACEHOLDER.koreksi);
		expect(decoded(mail!.href)).toContain(input.pageUrl);
	});

	test('a suggestion is worded as one', () => {
		const r = composeReport({ ...input, kind: 'usulan', message: 'Pelatihan las di Loktuan' });
		expect(r.subject).toBe('Usulan program untuk Bontang Berdaya');
		expect(r.body).toContain('Pelatihan las di Loktuan');
	});
});

describe('contact configuration (CONTACT in src/config/site.mjs)', () => {
	test('reads and normalises each channel; leaves out the unset ones', () => {
		expect(readContact({})).toEqual({});
		expect(readContact({ CONTACT_WHATSAPP: '0812-3456-7890', CONTACT_REPO_URL: 'https://github.com/a/b/' })).toEqual({ whatsapp: '6281234567890', repoUrl: 'https://github.com/a/b' });
	});
	test.each([
		[{ CONTACT_EMAIL: 'tim.contoh.go.id' }, /CONTACT_EMAIL.*e\.g\./],
		[{ CONTACT_WHATSAPP: 'nomor' }, /CONTACT_WHATSAPP.*e\.g\./],
		[{ CONTACT_REPO_URL: 'https://gitlab.com/a/b' }, /CONTACT_REPO_URL.*GitHub/],
	])('a malformed value stops the build naming the variable: %o', (env, message) => {
		expect(() => readContact(env)).toThrow(message);
	});
});

describe('deployProblem: no localhost in production links', () => {
	test.each([
		[undefined, /SITE_URL is not set.*SITE_URL=https:\/\//],
		['http://localhost:4321', /points at this computer.*SITE_URL=https:\/\//],
		['http://127.0.0.1:8080', /points at this computer/],
		['http://[::1]:4321', /points at this computer/],
		['contoh', /not a web address/],
	])('SITE_URL=%s is refused', (site, message) => {
		expect(deployProblem(site, false)).toMatch(message);
	});
	test('a public address, or an explicit local preview, may build', () => {
		expect(deployProblem('https://bontangberdaya.example.go.id', false)).toBeNull();
		expect(deployProblem(undefined, true)).toBeNull();
		expect(deployProblem('http://localhost:4321', true)).toBeNull();
	});
});
