/**
 * Renders a link-preview card to JPEG at build time, offline: text is drawn with Noto Sans from the
 * @fontsource/noto-sans package (no system fonts, no network), then encoded with sharp.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { ogElement, OG_HEIGHT, OG_WIDTH, type OgCard } from './og-image';

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
	fonts ??= Promise.all(
		([400, 700] as const).map(async (weight) => ({
			name: 'Noto Sans',
			data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
			weight,
			style: 'normal' as const,
		})),
	);
	return fonts;
}

export async function renderOgJpeg(card: OgCard, siteName: string): Promise<Buffer> {
	const svg = await satori(ogElement(card, siteName) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() });
	// Quality 82 keeps a text card sharp at roughly 30–60 KB, far under WhatsApp's ~300 KB preview limit.
	return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
