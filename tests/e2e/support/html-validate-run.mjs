// @ts-check
/**
 * html-validate over every built page; prints one line per finding to stdout as JSON (an array).
 * Run in its own process by background-checks.mjs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { HTML_VALIDATE_CONFIG } from './html-validate-config.mjs';
import { DIST } from './server.mjs';

const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
/** @type {string[]} */ const problems = [];
for (const f of files) {
	const report = await validator.validateString(readFileSync(path.join(DIST, f), 'utf8'), f);
	for (const r of report.results) for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
}
process.stdout.write(JSON.stringify({ files: files.length, problems }));
