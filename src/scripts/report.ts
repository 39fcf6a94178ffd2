/**
 * <bb-report>: rewrites the report links (email, WhatsApp, GitHub) as the visitor types, so the
 * message they open carries their words and the page address. Sends nothing itself: the links only
 * open the visitor's own app when tapped. Without JavaScript the same links carry a generic text.
 */
import { reportLinks, type ReportChannels, type ReportKind } from '../lib/report-links';

class BbReport extends HTMLElement {
	connectedCallback() {
		const textarea = this.querySelector('textarea');
		if (!textarea) return;
		const channels = JSON.parse(this.dataset.channels ?? '{}') as ReportChannels;
		const kind = (this.dataset.kind ?? 'koreksi') as ReportKind;
		const { title = document.title, url = location.href } = this.dataset;
		const update = () => {
			for (const link of reportLinks(channels, { kind, pageTitle: title, pageUrl: url, message: textarea.value })) {
				const a = this.querySelector<HTMLAnchorElement>(`a[data-channel="${link.channel}"]`);
				if (a) a.href = link.href;
			}
		};
		textarea.addEventListener('input', update);
		// A textarea restored by the browser (back button) already holds text.
		if (textarea.value) update();
	}
}
if (!customElements.get('bb-report')) customElements.define('bb-report', BbReport);
