// @ts-check
/** Prints one line after every build: stale entries, registrations closing soon, status changes. */
import { fileURLToPath } from 'node:url';
import { buildFreshnessReport } from '../cli/freshness-data.mjs';
import { summaryLine } from '../lib/freshness.ts';

/** @returns {import('astro').AstroIntegration} */
export function freshnessSummary() {
	/** @type {string} */
	let root = process.cwd();
	return {
		name: 'bontang:freshness-summary',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ logger }) => {
				logger.info(summaryLine(buildFreshnessReport(root)));
			},
		},
	};
}
