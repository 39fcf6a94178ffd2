/**
 * <bb-save-offline>: "Simpan untuk dibuka tanpa internet". Asks the service worker to save this page
 * and the assets it uses, so it opens later without internet. Hidden where the browser has no
 * service worker (the button would do nothing).
 */
import { SAVE_MESSAGE, urlsToSave } from '../lib/offline';

const SAVED = 'Tersimpan. Halaman ini bisa dibuka di perangkat ini tanpa internet.';
const FAILED = 'Belum bisa disimpan. Coba lagi saat internet lancar.';

class BbSaveOffline extends HTMLElement {
	connectedCallback() {
		if (!('serviceWorker' in navigator) || !('caches' in window)) return;
		this.hidden = false;
		const button = this.querySelector('button')!;
		const status = this.querySelector('[data-status]')!;
		button.addEventListener('click', async () => {
			button.disabled = true;
			status.textContent = 'Menyimpan…';
			status.textContent = (await this.#save()) ? SAVED : FAILED;
			button.disabled = false;
		});
	}

	async #save(): Promise<boolean> {
		try {
			const ready = navigator.serviceWorker.ready;
			const timeout = new Promise<null>((r) => setTimeout(() => r(null), 10_000));
			const registration = await Promise.race([ready, timeout]);
			if (!registration?.active) return false;
			const resources = performance.getEntriesByType('resource').map((e) => e.name);
			const { page, assets } = urlsToSave(location.href, resources, import.meta.env.BASE_URL);
			const channel = new MessageChannel();
			const answer = new Promise<boolean>((resolve) => {
				channel.port1.onmessage = (e) => resolve(!!(e.data as { ok?: boolean } | null)?.ok);
				setTimeout(() => resolve(false), 20_000);
			});
			registration.active.postMessage({ type: SAVE_MESSAGE, page, assets }, [channel.port2]);
			return await answer;
		} catch {
			return false;
		}
	}
}
if (!customElements.get('bb-save-offline')) customElements.define('bb-save-offline', BbSaveOffline);
