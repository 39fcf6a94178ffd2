/**
 * <bb-share>: shows "Salin tautan" where the clipboard can be written and "Bagikan lewat…" where the
 * phone has a share sheet, and confirms a copy in words (announced to screen readers).
 */
class BbShare extends HTMLElement {
	connectedCallback() {
		const { url = location.href, title = document.title, text = '' } = this.dataset;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
		const native = this.querySelector<HTMLButtonElement>('[data-native]');
		if (copy && navigator.clipboard?.writeText) {
			copy.hidden = false;
			copy.addEventListener('click', async () => {
				try {
					await navigator.clipboard.writeText(url);
					status.textContent = 'Tautan disalin. Tempel di pesan atau grup.';
				} catch {
					status.textContent = `Tidak bisa menyalin otomatis. Salin tautan ini: ${url}`;
				}
			});
		}
		if (native && typeof navigator.share === 'function') {
			native.hidden = false;
			native.addEventListener('click', () => {
				navigator.share({ title, text, url }).catch(() => {
					// Closing the share sheet is not an error worth showing.
				});
			});
		}
	}
}
if (!customElements.get('bb-share')) customElements.define('bb-share', BbShare);
