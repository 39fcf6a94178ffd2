/**
 * QR codes as SVG, generated at build time (no network, no script in the browser). Medium error
 * correction survives a crease or a smudge on a notice-board flyer.
 */
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
