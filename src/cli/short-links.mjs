// @ts-check
/**
 * `npm run short-links`: gives every program in content/programs/ a short code in
 * content/short-links.json, keeping every code already published. Run it after adding a program;
 * the content tests fail until the ledger covers every program.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extendLedger } from '../lib/short-codes.ts';

const root = path.resolve(import.meta.dirname, '../..');
const file = path.join(root, 'content/short-links.json');
const ledger = JSON.parse(readFileSync(file, 'utf8'));
const slugs = readdirSync(path.join(root, 'content/programs')).filter((f) => /^[^_].*\.mdx$/.test(f)).map((f) => f.replace(/\.mdx$/, ''));
const { ledger: next, added } = extendLedger(ledger, slugs);
writeFileSync(file, `${JSON.stringify(next, null, '\t')}\n`);
console.log(Object.keys(added).length ? `Added ${Object.keys(added).length} code(s):\n${Object.entries(added).map(([c, s]) => `  /p/${c}/ → /program/${s}/`).join('\n')}` : 'Every program already has a short code.');
