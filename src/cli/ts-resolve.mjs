// @ts-check
/**
 * `node --import ./src/cli/ts-resolve.mjs script.mjs`: lets a plain Node script import src/lib/ modules
 * that import their siblings without the ".ts" extension (as Vite and Astro allow). Node 22 strips the
 * types itself; this only retries a failed relative import with ".ts".
 */
import { register } from 'node:module';

register(
	'data:text/javascript,' +
		encodeURIComponent(`
export async function resolve(specifier, context, next) {
	try {
		return await next(specifier, context);
	} catch (error) {
		if (error?.code === 'ERR_MODULE_NOT_FOUND' && /^\\.\\.?\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier))
			return next(specifier + '.ts', context);
		throw error;
	}
}`),
);
