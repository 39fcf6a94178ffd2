/**
 * The ready-written message for "Bagikan ke WhatsApp". Only facts the entry states: a detail no
 * source gives (cost, place) is left out rather than guessed. Kept short enough to read on a phone.
 */
import type { Program } from '../schemas/program';
import { TARGET_GROUPS } from '../schemas/target-groups';
import { areaLabel, costLabel, scheduleLabel } from './program-labels';
import { STATUSES, type Status } from './status';
import { formatPartialDate } from './dates';

type ProgramData = Omit<Program, 'strategy'>;

/** Longest message we write; WhatsApp accepts more, but people do not read more on a phone. */
export const MAX_SHARE_LENGTH = 600;

export function programShareText(p: ProgramData, status: Status, asOf: string, url: string): string {
	const lines = [
		`*${p.title}*`,
		p.summary,
		`Untuk: ${p.targetGroups.map((t) => TARGET_GROUPS[t].id).join(', ')}`,
		`Kapan: ${scheduleLabel(p.schedule)}`,
		`Di mana: ${areaLabel(p)}${p.venue ? ` (${p.venue})` : ''}`,
		...(p.cost.type === 'tidak-diketahui' ? [] : [`Biaya: ${costLabel(p.cost)}`]),
		`Status: ${STATUSES[status].id} (per ${formatPartialDate(asOf)})`,
		`Info lengkap dan cara daftar: ${url}`,
	];
	return fit(lines, url);
}

export function pageShareText(title: string, summary: string, url: string): string {
	return fit([`*${title}*`, summary, url], url);
}

/** Drops middle lines (never the title or the link) until the message fits. */
function fit(lines: string[], url: string): string {
	const out = [...lines];
	while (out.join('\n').length > MAX_SHARE_LENGTH && out.length > 2) out.splice(out.length - 2, 1);
	const text = out.join('\n');
	return text.length <= MAX_SHARE_LENGTH ? text : `${text.slice(0, MAX_SHARE_LENGTH - url.length - 2)}…\n${url}`;
}

/** A wa.me link that opens WhatsApp with the message ready to send to any chat or group. */
export function whatsappHref(text: string): string {
	return `https://wa.me/?text=${encodeURIComponent(text)}`;
}
