import { expect, test } from 'vitest';
import { stepsWithSources, typedUrl } from '../../src/lib/guide-steps';
import { makeGuide } from '../fixtures/factories';
import { GuideSchema } from '../../src/schemas/guide';

const official = { url: 'https://example.go.id/a', title: 'Halaman resmi', publisher: 'Dinas Contoh', date: '2025-10-13', reliability: 'tinggi' as const };
const blog = { url: 'https://blog.example.org/b', title: 'Artikel penjelas', date: 'tidak-diketahui', reliability: 'rendah' as const };
const untitled = { url: 'https://example.org/c', publisher: 'Koran Contoh', date: '2024' };

test('each step gets the source it names: publisher as label, date in words', () => {
	const g = GuideSchema.parse(makeGuide({
		sources: [official, blog, untitled],
		steps: [
			{ title: 'Satu', text: 'Langkah pertama di sini.', source: untitled.url },
			{ title: 'Dua', text: 'Langkah kedua di sini.', source: official.url },
		],
	}));
	const steps = stepsWithSources(g);
	expect(steps.map((s) => [s.title, s.sourceLabel, s.sourceDate, s.weak])).toEqual([
		['Satu', 'Koran Contoh', '2024', false],
		['Dua', 'Dinas Contoh', '13 Oktober 2025', false],
	]);
	expect(steps[1]!.sourceEntry).toEqual(official);
});

test('a source without publisher is named by its title; a rendah source is flagged; an unknown date is said', () => {
	const [step] = stepsWithSources(GuideSchema.parse(makeGuide({ sources: [blog], steps: [{ title: 'Satu', text: 'Langkah pertama di sini.', source: blog.url }] })));
	expect(step).toMatchObject({ sourceLabel: 'Artikel penjelas', sourceDate: 'tanggal terbit tidak diketahui', weak: true });
});

test('a step whose source is not listed throws, naming the step', () => {
	// Built around the schema on purpose (the schema would reject it first).
	const guide = { sources: [official], steps: [{ title: 'Hilang', text: 'Langkah tanpa sumber.', source: 'https://x.example/' }] };
	expect(() => stepsWithSources(guide)).toThrow(/Hilang/);
});

test('typedUrl drops the scheme only', () => {
	expect(typedUrl('https://a.go.id/berdaya/p/')).toBe('a.go.id/berdaya/p/');
	expect(typedUrl('http://localhost:4321/')).toBe('localhost:4321/');
});
