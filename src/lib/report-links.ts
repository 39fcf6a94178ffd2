/**
 * "Info ini salah atau sudah berubah?" and "Usulkan program": the visitor's text becomes ordinary
 * links (email, WhatsApp, a prefilled GitHub issue) for the channels the site team configured in
 * src/config/site.mjs. No server and no request: nothing leaves the browser until the visitor taps a
 * link and sends the message from their own app. Pure, shared by the page (links that work without
 * JavaScript) and <bb-report> (which rewrites them as the visitor types).
 */

/** The configured channels (see CONTACT in src/config/site.mjs). */
export interface ReportChannels {
	/** Email address of the site team. */
	email?: string;
	/** WhatsApp number of the site team, country code first, digits only (e.g. 6281234567890). */
	whatsapp?: string;
	/** GitHub repository address, e.g. https://github.com/owner/repo. */
	repoUrl?: string;
}

/** `koreksi`: a page's information is wrong or changed. `usulan`: a program the site does not list. */
export type ReportKind = 'koreksi' | 'usulan';

export interface ReportInput {
	kind: ReportKind;
	/** Title of the page the report is about (or of the suggestion page). */
	pageTitle: string;
	/** Absolute address of that page. */
	pageUrl: string;
	/** What the visitor typed; empty before they type (or without JavaScript). */
	message: string;
}

export type ChannelId = 'whatsapp' | 'email' | 'github';

export interface ReportLink {
	channel: ChannelId;
	/** Button text. */
	label: string;
	href: string;
}

/** Stands in for the visitor's words when they have typed nothing (and when JavaScript is off). */
export const PLACEHOLDER: Record<ReportKind, string> = {
	koreksi: '(Tulis di sini apa yang salah atau berubah, dan dari mana Anda tahu.)',
	usulan: '(Tulis di sini nama program, penyelenggara, untuk siapa, dan di mana Anda mendengarnya.)',
};

/** The subject line and the message body, with the page address always included. */
export function composeReport(input: ReportInput): { subject: string; body: string } {
	const message = input.message.trim() || PLACEHOLDER[input.kind];
	if (input.kind === 'usulan') {
		return {
			subject: 'Usulan program untuk Bontang Berdaya',
			body: `Usulan program untuk Bontang Berdaya:\n\n${message}\n\nDikirim dari: ${input.pageUrl}`,
		};
	}
	return {
		subject: `Koreksi: ${input.pageTitle}`,
		body: `Koreksi untuk halaman "${input.pageTitle}":\n\n${message}\n\nHalaman: ${input.pageUrl}`,
	};
}

/** Links for every configured channel, in the order most residents reach for them; empty when none is configured. */
export function reportLinks(channels: ReportChannels, input: ReportInput): ReportLink[] {
	const { subject, body } = composeReport(input);
	const links: ReportLink[] = [];
	if (channels.whatsapp) {
		links.push({ channel: 'whatsapp', label: 'Kirim lewat WhatsApp', href: `https://wa.me/${channels.whatsapp}?text=${encodeURIComponent(`${subject}\n\n${body}`)}` });
	}
	if (channels.email) {
		links.push({ channel: 'email', label: 'Kirim lewat email', href: `mailto:${channels.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` });
	}
	if (channels.repoUrl) {
		links.push({ channel: 'github', label: 'Buat laporan di GitHub', href: `${channels.repoUrl}/issues/new?title=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` });
	}
	return links;
}

/** True when at least one channel is configured. */
export function hasChannel(channels: ReportChannels): boolean {
	return Boolean(channels.email || channels.whatsapp || channels.repoUrl);
}
