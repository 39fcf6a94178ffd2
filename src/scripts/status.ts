/**
 * <bb-status data-schedule='{…}'>: recomputes a program's status with the visitor's clock (in
 * Bontang's time zone) and updates the badge text and its data-status (which colours it).
 */
import { programStatus, STATUSES } from '../lib/status';
import { todayInBontang } from '../lib/dates';

class BbStatus extends HTMLElement {
	connectedCallback() {
		// The finder's cards come with the status it already computed with this clock, and no schedule:
		// nothing to do (parsing an empty schedule threw, and was caught, once per card drawn).
		const schedule = this.dataset.schedule;
		if (!schedule) return;
		try {
			const status = programStatus(JSON.parse(schedule), todayInBontang(new Date()));
			if (status !== this.dataset.status) {
				this.dataset.status = status;
				this.textContent = STATUSES[status].id;
			}
		} catch {
			// Keep the build-time status: better a possibly stale label than none.
		}
	}
}
if (!customElements.get('bb-status')) customElements.define('bb-status', BbStatus);
