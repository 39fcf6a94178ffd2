import { describe, expect, test } from 'vitest';
import { sidebarHash, type SidebarTree } from '../../src/lib/sidebar-hash';

const menu: SidebarTree = [
	{ type: 'link', label: 'Beranda', href: '/' },
	{ type: 'group', label: 'Strategi', entries: [{ type: 'link', label: 'Ketahanan pangan', href: '/strategi/pangan/' }] },
	{ type: 'link', label: 'Glosarium', href: '/glosarium/' },
];

describe('sidebarHash', () => {
	test('is seven base-36 characters and the same for the same menu', () => {
		expect(sidebarHash(menu)).toMatch(/^[0-9a-z]{7}$/);
		expect(sidebarHash(structuredClone(menu))).toBe(sidebarHash(menu));
	});

	test('ignores which page is current (route data marks it on the entries)', () => {
		const current = menu.map((e) => (e.type === 'link' && e.href === '/' ? { ...e, isCurrent: true } : e)) as SidebarTree;
		expect(sidebarHash(current)).toBe(sidebarHash(menu));
	});

	test('changes when a label, a link or the nesting changes', () => {
		const renamed: SidebarTree = [{ ...menu[0]!, label: 'Home' } as SidebarTree[number], menu[1]!, menu[2]!];
		const moved: SidebarTree = [{ ...menu[0]!, href: '/id/' } as SidebarTree[number], menu[1]!, menu[2]!];
		// Glosarium moved into the group: same labels and links, different nesting.
		const nested: SidebarTree = [menu[0]!, { type: 'group', label: 'Strategi', entries: [...(menu[1] as { entries: SidebarTree }).entries, menu[2]!] }];
		const hashes = new Set([menu, renamed, moved, nested].map(sidebarHash));
		expect(hashes.size).toBe(4);
	});
});
