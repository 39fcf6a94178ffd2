/**
 * The link-preview image (1200×630) shown when a page is shared on WhatsApp and elsewhere: the page
 * title in large type, the site name, and for programs the status and who it is for. This module
 * only describes the picture (a satori element tree); src/lib/og-render.ts turns it into a JPEG.
 */

export interface OgCard {
	title: string;
	/** One line under the title: the summary, or for programs who it is for. */
	subtitle?: string;
	/** For programs: status in words, e.g. "Berkelanjutan". */
	badge?: string;
	/** Small label above the title, e.g. "Program" or "Strategi". */
	kicker?: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Shortens text at a word boundary so it fits the card (satori does not ellipsise). */
export function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6))}…`;
}

export function ogElement(card: OgCard, siteName: string): Node {
	const titleSize = card.title.length > 60 ? 58 : card.title.length > 35 ? 66 : 76;
	return el(
		'div',
		{ display: 'flex', flexDirection: 'column', width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box', backgroundColor: '#0b4f3a', color: '#ffffff', padding: '56px 64px', fontFamily: 'Noto Sans' },
		[
			el('div', { display: 'flex', alignItems: 'center', fontSize: 32, fontWeight: 700, color: '#d9f2e6' }, [
				el('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 48, height: 48, borderRadius: 8, backgroundColor: '#ffffff', color: '#0b4f3a', marginRight: 18 }, 'B'),
				siteName,
			]),
			el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
				...(card.kicker ? [el('div', { fontSize: 30, color: '#bfe5d3', marginBottom: 12 }, card.kicker)] : []),
				el('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.12 }, clip(card.title, 90)),
				...(card.subtitle ? [el('div', { fontSize: 32, marginTop: 22, color: '#e8f5ee', lineHeight: 1.3 }, clip(card.subtitle, 130))] : []),
			]),
			el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 28, color: '#d9f2e6' }, [
				card.badge
					? el('div', { display: 'flex', backgroundColor: '#ffffff', color: '#0b4f3a', fontWeight: 700, borderRadius: 40, padding: '8px 26px' }, card.badge)
					: el('div', { display: 'flex' }, 'Informasi untuk warga Kota Bontang'),
				el('div', { display: 'flex' }, 'Kota Bontang, Kalimantan Timur'),
			]),
		],
	);
}
