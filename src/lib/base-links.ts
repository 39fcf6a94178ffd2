/**
 * Adds the deployment base path to root-relative links written in content ("/strategi/x/"), so that
 * editors write stable site paths and the site still works under a sub-path ("/berdaya/strategi/x/").
 * Links that already carry the base (everything Astro and Starlight generate) are left alone.
 */
export function prefixBaseInHtml(html: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix) return html;
	const escaped = prefix.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`(<a\\b[^>]*?\\shref=")\\/(?!\\/)(?!${escaped}(?:\\/|"|#|\\?))`, 'g');
	return html.replace(pattern, `$1${prefix}/`);
}
