/**
 * The glossary (content/glossary.yaml) against the pages that use it: every entry valid, shown once on
 * /glosarium/ under a heading whose anchor is its id, and every <Term>/<Definition> naming a real entry.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { GlossaryEntrySchema } from '../../src/schemas/glossary';
import { loadFolder, ROOT } from './load';

const entries = yaml.load(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8')) as { id: string; term: string; short?: string }[];
const ids = entries.map((e) => e.id);
const page = readFileSync(path.join(ROOT, 'content/docs/glosarium.mdx'), 'utf8');
/** The slug Starlight gives a heading (github-slugger's rules, for the characters our headings use). */
const slug = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9\s-]/g, '').trim().replace(/\s+/g, '-');

test.each(entries.map((e) => [e.id, e]))('%s is a valid entry', (_, entry) => {
	expect(GlossaryEntrySchema.safeParse(entry).error?.issues ?? []).toEqual([]);
});

test('ids are unique', () => {
	expect(new Set(ids).size).toBe(ids.length);
});

test('/glosarium/ shows every entry once, right under a heading whose anchor is the entry id', () => {
	const shown = [...page.matchAll(/^### (.+)\n\n<Definition id="([^"]+)" \/>$/gm)].map((m) => [slug(m[1]!), m[2]]);
	expect(shown.map(([, id]) => id).sort()).toEqual([...ids].sort());
	for (const [anchor, id] of shown) expect(anchor).toBe(id);
	expect(page.match(/<Definition /g)).toHaveLength(ids.length);
});

describe('pages that explain words with <Term>', () => {
	const files = [...loadFolder('content/docs'), ...loadFolder('content/strategies'), ...loadFolder('content/programs')];
	const uses = files.flatMap((f) => [...f.body.matchAll(/<Term id="([^"]+)"/g)].map((m) => [f.file, m[1]!] as const));
	test('name entries that have a one-line explanation', () => {
		expect(uses.length).toBeGreaterThan(0);
		for (const [file, id] of uses) expect(entries.find((e) => e.id === id)?.short, `${file}: <Term id="${id}">`).toBeTruthy();
	});
	test('explain each word once per page', () => {
		for (const f of files) {
			const used = [...f.body.matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]);
			expect(new Set(used).size, f.file).toBe(used.length);
		}
	});
});
