// @ts-check
/**
 * Starts the whole-site HTML checks (W3C Nu checker, html-validate) in their own processes before the
 * browser tests, so they run alongside them (support/background-checks.mjs). Their test files wait
 * for the results. Stops them if the run ends first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHtmlValidate, startVnu } from './support/background-checks.mjs';

/** @param {{ provide: (key: string, value: unknown) => void }} project */
export default function setup(project) {
	const dir = mkdtempSync(path.join(tmpdir(), 'bontang-checks-'));
	const files = { vnu: path.join(dir, 'vnu.json'), htmlValidate: path.join(dir, 'html-validate.json') };
	const children = [startVnu(files.vnu), startHtmlValidate(files.htmlValidate)];
	project.provide('backgroundChecks', files);
	return () => {
		for (const c of children) if (c && c.exitCode === null) c.kill();
		rmSync(dir, { recursive: true, force: true });
	};
}
