/**
 * What a source's `date` says when the source prints no date. In its own module without zod, so
 * browser code (chart formatting via src/lib/format.ts) can use it without bundling zod, whose start-up
 * probe for `Function` is an eval the Content Security Policy blocks.
 */
export const UNKNOWN_DATE = 'tidak-diketahui';
