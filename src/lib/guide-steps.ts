/**
 * Pairs each step of a guide with the source it rests on, so a page can show "Sumber: <publisher>,
 * <date>" under every step. Pure: no astro:*, unit-tested.
 */
import type { Guide, GuideStep } from '../schemas/guide';
import type { Source } from '../schemas/common';
import { formatSourceDate } from './format';

export interface StepWithSource extends GuideStep {
	/** The guide's source whose url the step names. */
	sourceEntry: Source;
	/** Who published it (or, when no publisher is given, its title): the link text under the step. */
	sourceLabel: string;
	/** Its date in words, or "tanggal terbit tidak diketahui". */
	sourceDate: string;
	/** True when the source is graded `rendah`: the page must say it is unconfirmed. */
	weak: boolean;
}

/**
 * The steps of a guide with their sources. The schema already guarantees that every step's url is
 * one of the guide's sources; a step that still misses one (data built around the schema) throws.
 */
export function stepsWithSources(guide: Pick<Guide, 'steps' | 'sources'>): StepWithSource[] {
	const byUrl = new Map(guide.sources.map((s) => [s.url, s]));
	return guide.steps.map((step) => {
		const src = byUrl.get(step.source);
		if (!src) throw new Error(`Guide step "${step.title}" names the source ${step.source}, which is not in the guide's sources.`);
		return {
			...step,
			sourceEntry: src,
			sourceLabel: src.publisher ?? src.title ?? src.url,
			sourceDate: formatSourceDate(src.date),
			weak: src.reliability === 'rendah',
		};
	});
}

/** A URL as people type it and see it in the address bar: "https://a.go.id/x/" → "a.go.id/x/". */
export function typedUrl(url: string): string {
	return url.replace(/^https?:\/\//, '');
}
