// @ts-check
/**
 * `node --import ./src/cli/ts-resolve.mjs script.mjs`: lets a plain Node script import src/lib/ modules
 * that import their siblings without the ".ts" extension (as Vite and Astro allow). Node 22 strips the
 * types itself; this only retries a failed relative import with ".ts".
 * @see https://nodejs.org/api/module.html#moduleregisterhooksoptions
 */
import { registerHooks } from 'node:module';

registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			const code = /** @type {{ code?: string }} */ (error).code;
			if (code === 'ERR_MODULE_NOT_FOUND' && /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier))
				return nextResolve(`${specifier}.ts`, context);
			throw error;
		}
	},
});
