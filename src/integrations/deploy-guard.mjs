// @ts-check
/**
 * Stops `astro build` when SITE_URL is missing or points at localhost (dead links in flyers, QR codes,
 * WhatsApp messages, feeds). The rule lives in src/config/site.mjs; this only runs it at the start of
 * a build, before any page is rendered.
 */
import { assertDeployable } from '../config/site.mjs';

/** @returns {import('astro').AstroIntegration} */
export function deployGuard() {
	return {
		name: 'bontang:deploy-guard',
		hooks: {
			'astro:config:setup': ({ command }) => assertDeployable(command),
		},
	};
}
