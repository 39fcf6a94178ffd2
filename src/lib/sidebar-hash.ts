/**
 * A short fingerprint of the site menu, written on <sl-sidebar-state-persist data-hash>. Starlight's
 * sidebar script keeps the menu's state (which groups are open, how far it is scrolled) in
 * sessionStorage under this fingerprint, and the restore script in our Sidebar override only applies a
 * kept state with the same fingerprint, so a menu that changed after a deploy starts fresh instead of
 * opening the wrong groups. Built from what the visitor sees (labels, links, nesting), not from which
 * page is current, so every page of one language shares it.
 */

/** The parts of Starlight's sidebar entries the fingerprint reads (route data `sidebar`). */
export type SidebarTree = readonly (
	| { type: 'link'; label: string; href: string }
	| { type: 'group'; label: string; entries: SidebarTree }
)[];

function identity(entries: SidebarTree): string {
	// Brackets mark the nesting, so moving a link into or out of a group changes the fingerprint.
	return entries.map((e) => (e.type === 'group' ? `${e.label}[${identity(e.entries)}]` : `${e.label}\u0000${e.href}`)).join('\u0001');
}

/** FNV-1a (32 bit) of the menu's labels, links and nesting, in base 36: enough to tell two menus apart. */
export function sidebarHash(sidebar: SidebarTree): string {
	let hash = 0x811c9dc5;
	for (const ch of identity(sidebar)) {
		hash ^= ch.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36).padStart(7, '0');
}
