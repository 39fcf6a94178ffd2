/**
 * "Today first" in the built site: the home page counts what a family can act on now from the same
 * data as the open-data file, finished programs are never shown as joinable (their page says so and
 * their flyer carries a large "Sudah selesai" band), and unclear ones say "ask first".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from './support/server.mjs';
import { statusGroup, type Status } from '../../src/lib/status';

const html = (p: string) => readFileSync(path.join(DIST, p, 'index.html'), 'utf8');
const text = (h: string) => h.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const records: { slug: string; status: Status }[] = JSON.parse(readFileSync(path.join(DIST, 'program.json'), 'utf8')).programs;
const inGroup = (g: string) => records.filter((r) => statusGroup(r.status) === g);

describe('home page', () => {
	test('"Bisa diurus sekarang" shows the count of open, running and standing programs and lists each', () => {
		const home = html('');
		const now = inGroup('sekarang');
		expect(now.length).toBeGreaterThan(0);
		expect(text(home)).toContain(`Bisa diurus sekarang: ${now.length} program`);
		const section = home.slice(home.indexOf('id="bisa-diurus-sekarang"'));
		for (const r of now) expect(section).toContain(`/program/${r.slug}/`);
		for (const r of inGroup('arsip')) expect(section.slice(0, section.indexOf('</ul>'))).not.toContain(`/program/${r.slug}/"`);
	});
});

describe('finished and unclear programs', () => {
	const finished = inGroup('arsip')[0]!;
	const open = inGroup('sekarang')[0]!;
	test('a finished program page says it is over and is a record, not something to join', () => {
		expect(text(html(`program/${finished.slug}`))).toMatch(/sudah selesai/i);
		expect(text(html(`program/${open.slug}`))).not.toMatch(/Program ini sudah selesai/);
	});
	test('the flyer of a finished program carries a large "Sudah selesai" band; an open one does not', () => {
		expect(html(`program/${finished.slug}/cetak`)).toMatch(/class="flyer__band"[^>]*>Sudah selesai</);
		expect(html(`program/${open.slug}/cetak`)).not.toContain('class="flyer__band"');
	});
	test('a program the sources cannot settle says to ask first, on its page and its flyer', () => {
		const unclear = records.find((r) => r.status === 'belum-pasti');
		if (!unclear) return expect(inGroup('tanyakan')).toEqual([]);
		expect(text(html(`program/${unclear.slug}`))).toMatch(/belum tahu apakah ini masih berjalan/);
		expect(html(`program/${unclear.slug}/cetak`)).toMatch(/flyer__band[^>]*>Belum pasti/);
	});
});
