/**
 * Reads the YAML frontmatter of a Markdown/MDX file. Used by the content tests and the benchmark, which
 * check content without running Astro; Astro itself parses frontmatter the same way (YAML 1.2 core).
 */
import yaml from 'js-yaml';

export function readFrontmatter(source: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
	if (!match) return { data: {}, body: source };
	return { data: yaml.load(match[1]!) ?? {}, body: match[2]! };
}
