/**
 * Turns zod issues into one readable line each: `file: field.path: message`. Used by the content tests
 * and `npm run check:content`, so an editor sees the same wording everywhere. Astro's build prints the
 * same messages (they come from the schemas) under the file's path.
 */
import type { z } from 'astro/zod';

export function formatIssues(file: string, error: z.ZodError): string[] {
	return error.issues.map((issue) => {
		const path = issue.path.length ? issue.path.join('.') : '(frontmatter)';
		return `${file}: ${path}: ${issue.message}`;
	});
}
