/** Every built page is valid HTML (html-validate, recommended rules). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { HTML_VALIDATE_CONFIG } from './support/html-validate-config.mjs';
import { DIST } from './support/server.mjs';


const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();

test('there are pages to validate', () => {
	expect(files.length).toBeGreaterThan(5);
});

test('every page is valid HTML', async () => {
	const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
	const problems: string[] = [];
	for (const f of files) {
		const report = await validator.validateString(readFileSync(path.join(DIST, f), 'utf8'), f);
		for (const r of report.results) {
			for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	expect(problems).toEqual([]);
});
