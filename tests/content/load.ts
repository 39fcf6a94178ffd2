/** Loads the real content/ folder for the content tests: each file with its parsed frontmatter. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { readFrontmatter } from '../../src/lib/frontmatter';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ContentFile {
	/** Path relative to the project, e.g. "content/strategies/x.mdx". */
	file: string;
	/** Entry id (file name without extension). */
	id: string;
	data: unknown;
	body: string;
}

export function loadFolder(folder: string, ext = /\.mdx?$/): ContentFile[] {
	const dir = path.join(ROOT, folder);
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => ext.test(f) && !path.basename(f).startsWith('_'))
		.sort()
		.map((f) => {
			const text = readFileSync(path.join(dir, f), 'utf8');
			// YAML data files are all data; Markdown files carry it in their frontmatter.
			const { data, body } = /\.ya?ml$/.test(f) ? { data: yaml.load(text), body: '' } : readFrontmatter(text);
			return { file: path.posix.join(folder, f), id: f.replace(ext, ''), data, body };
		});
}
