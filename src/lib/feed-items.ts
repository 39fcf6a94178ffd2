/** RSS items for programs: title, link, date checked, summary with status and who it is for. */
import type { Program } from '../schemas/program';
import { TARGET_GROUPS } from '../schemas/target-groups';
import { PROGRAM_KINDS } from '../schemas/program-kinds';
import { programStatus, STATUSES } from './status';

type ProgramData = Omit<Program, 'strategy'>;

export function programFeedItem(p: ProgramData, link: string, today: string) {
	return {
		title: p.title,
		link,
		pubDate: new Date(`${p.lastChecked}T00:00:00+08:00`),
		description: `${p.summary} Untuk: ${p.targetGroups.map((t) => TARGET_GROUPS[t].id).join(', ')}. Status: ${STATUSES[programStatus(p.schedule, today)].id}.`,
		categories: [PROGRAM_KINDS[p.kind].id],
	};
}
