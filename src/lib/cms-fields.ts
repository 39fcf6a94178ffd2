/**
 * Turns a zod schema into Sveltia CMS fields, so the editor at /admin/ asks for exactly what the build
 * accepts: the same field names, required vs optional, closed vocabularies as select lists, nested
 * objects and lists, and `schedule`-style discriminated unions as an object with variable types.
 * Pure: reads zod 4's public definitions (`schema._zod.def`), no Astro, no DOM.
 * @see https://sveltiacms.app/en/docs/fields
 */
import type { z } from 'astro/zod';

/** A Sveltia CMS field, as written into config.json (only the options this generator uses). */
export interface CmsField {
	name: string;
	label: string;
	widget: 'string' | 'text' | 'number' | 'select' | 'list' | 'object' | 'relation' | 'markdown' | 'boolean';
	hint?: string;
	required?: boolean;
	options?: { label: string; value: string }[];
	multiple?: boolean;
	min?: number;
	max?: number;
	minlength?: number;
	maxlength?: number;
	value_type?: 'int' | 'float';
	pattern?: [string, string];
	type?: 'url';
	field?: CmsField;
	fields?: CmsField[];
	types?: { name: string; label: string; widget: 'object'; fields: CmsField[] }[];
	typeKey?: string;
	summary?: string;
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	modes?: ('rich_text' | 'raw')[];
}

/** Indonesian label and hint of one field, keyed by its path ("schedule.terjadwal.ends", "sources.url"). */
export interface FieldText {
	label: string;
	hint: string;
}
export type FieldTexts = Record<string, FieldText>;

/** A closed list of ids with the Indonesian name of each, e.g. kelurahan ids → "Api-Api". */
export interface Vocabulary {
	ids: readonly string[];
	label: (id: string) => string;
}

export interface FieldOptions {
	/** Indonesian labels and hints by field path. A missing entry fails (see missingTexts()). */
	texts: FieldTexts;
	/** Vocabularies whose values get readable labels; matched by their exact set of ids. */
	vocabularies: Vocabulary[];
	/** Field paths stored as a slug of another CMS collection (e.g. strategy → strategies). */
	relations?: Record<string, string>;
}

type Def = { type: string; [key: string]: unknown };
type Check = { _zod: { def: { check: string; [key: string]: unknown } } };

function def(schema: unknown): Def {
	return (schema as { _zod: { def: Def } })._zod.def;
}

function checks(schema: unknown): Check['_zod']['def'][] {
	return ((def(schema).checks as Check[] | undefined) ?? []).map((c) => c._zod.def);
}

/** Strips optional/default/pipe wrappers: returns the schema that holds the value and whether it may be left out. */
export function unwrap(schema: unknown): { inner: unknown; optional: boolean } {
	let s = schema;
	let optional = false;
	for (;;) {
		const d = def(s);
		if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') {
			optional = true;
			s = d.innerType;
		} else if (d.type === 'pipe') {
			// z.preprocess(fn, inner) is a pipe from a transform into the real schema.
			s = def(d.in).type === 'transform' ? d.out : d.in;
		} else return { inner: s, optional };
	}
}

/** The keys of an object schema, in order. */
export function shapeOf(schema: unknown): Record<string, unknown> {
	const d = def(unwrap(schema).inner);
	if (d.type !== 'object') throw new Error(`expected an object schema, got ${d.type}`);
	return d.shape as Record<string, unknown>;
}

function enumValues(schema: unknown): string[] | undefined {
	const d = def(schema);
	if (d.type !== 'enum') return undefined;
	return Object.values(d.entries as Record<string, string>);
}

function optionsFor(values: string[], vocabularies: Vocabulary[]): { label: string; value: string }[] {
	const vocab = vocabularies.find((v) => v.ids.length === values.length && values.every((id) => v.ids.includes(id)));
	return values.map((value) => ({ value, label: vocab ? vocab.label(value) : value }));
}

function textFor(path: string, options: FieldOptions): FieldText {
	return options.texts[path] ?? { label: path.split('.').at(-1)!, hint: '' };
}

/** The editor's message when a value does not match a regex: the date formats get a plain example. */
function patternMessage(re: string): string {
	if (!re.startsWith('^\\d{4}')) return 'Isian tidak sesuai format: lihat petunjuk di bawah kolom ini';
	// Month and day optional ("2025", "2025-10", "2025-10-13") or required.
	return re.endsWith(')?)?$')
		? 'Tulis tanggal sebagai TTTT, TTTT-BB atau TTTT-BB-HH, misalnya 2025-10-13'
		: 'Tulis tanggal lengkap TTTT-BB-HH, misalnya 2026-11-29';
}

function stringOptions(schema: unknown): Partial<CmsField> {
	const out: Partial<CmsField> = {};
	if (def(schema).format === 'url') out.type = 'url';
	for (const c of checks(schema)) {
		if (c.check === 'min_length') out.minlength = c.minimum as number;
		if (c.check === 'max_length') out.maxlength = c.maximum as number;
		if (c.check === 'string_format' && c.format === 'regex') {
			const re = (c.pattern as RegExp).source;
			out.pattern = [re, patternMessage(re)];
		}
	}
	return out;
}

function numberOptions(schema: unknown): Partial<CmsField> {
	const out: Partial<CmsField> = { value_type: 'float' };
	for (const c of checks(schema)) {
		if (c.check === 'number_format' && /int/.test(String(c.format))) out.value_type = 'int';
		if (c.check === 'greater_than') out.min = (c.value as number) + (c.inclusive ? 0 : 1);
		if (c.check === 'less_than') out.max = (c.value as number) - (c.inclusive ? 0 : 1);
	}
	return out;
}

function minItems(schema: unknown): number | undefined {
	const c = checks(schema).find((x) => x.check === 'min_length');
	return c ? (c.minimum as number) : undefined;
}

/**
 * A union of text forms, e.g. a date or the word `tidak-diketahui`: one text field whose pattern accepts
 * any of them (each option's own regex, or the literal word).
 */
function stringUnion(optionsList: unknown[], path: string): Partial<CmsField> {
	const alternatives: string[] = [];
	const words: string[] = [];
	let open = false;
	for (const option of optionsList) {
		const inner = unwrap(option).inner;
		const d = def(inner);
		if (d.type === 'literal') {
			for (const v of d.values as unknown[]) {
				words.push(String(v));
				alternatives.push(String(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
			}
		} else if (d.type === 'string') {
			const re = checks(inner).find((c) => c.check === 'string_format' && c.format === 'regex');
			if (re) alternatives.push((re.pattern as RegExp).source.replace(/^\^/, '').replace(/\$$/, ''));
			else open = true;
		} else throw new Error(`${path}: the CMS generator supports unions of text forms or discriminated unions, not ${d.type}`);
	}
	if (open) return {};
	const source = `^(?:${alternatives.join('|')})$`;
	const dateForm = alternatives.find((a) => a.startsWith('\\d{4}'));
	const message = patternMessage(dateForm ? `^${dateForm}$` : source) + (words.length ? `, atau tulis ${words.join(' / ')}` : '');
	return { pattern: [source, message] };
}

/** One CMS field for one schema field. `path` is the dot path used for texts and relations. */
export function toField(name: string, schema: unknown, path: string, options: FieldOptions): CmsField {
	const { inner, optional } = unwrap(schema);
	const d = def(inner);
	const text = textFor(path, options);
	const base = { name, label: text.label, ...(text.hint ? { hint: text.hint } : {}), required: !optional };

	const relation = options.relations?.[path];
	if (relation) {
		// A list of slugs (e.g. guides: [cek-dtsen]) is a relation with several picks.
		const many = d.type === 'array' ? { multiple: true, ...(minItems(inner) !== undefined ? { min: minItems(inner) } : {}) } : {};
		return { ...base, widget: 'relation', collection: relation, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], ...many };
	}

	switch (d.type) {
		case 'string':
			return { ...base, widget: 'string', ...stringOptions(inner) };
		case 'number':
			return { ...base, widget: 'number', ...numberOptions(inner) };
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'enum':
			return { ...base, widget: 'select', options: optionsFor(enumValues(inner)!, options.vocabularies) };
		case 'object':
			return { ...base, widget: 'object', fields: objectFields(inner, path, options) };
		case 'union': {
			const key = d.discriminator as string | undefined;
			if (!key) return { ...base, widget: 'string', ...stringUnion(d.options as unknown[], path) };
			const types = (d.options as unknown[]).map((option) => {
				const shape = shapeOf(option);
				const literal = def(shape[key]).values as string[];
				const typeName = literal[0]!;
				const typeText = textFor(`${path}.${typeName}`, options);
				const rest = Object.fromEntries(Object.entries(shape).filter(([k]) => k !== key));
				return {
					name: typeName,
					label: typeText.label,
					widget: 'object' as const,
					fields: Object.entries(rest).map(([k, v]) => toField(k, v, `${path}.${typeName}.${k}`, options)),
				};
			});
			return { ...base, widget: 'object', typeKey: key, types };
		}
		case 'array': {
			const element = unwrap(d.element).inner;
			const min = minItems(inner);
			const count = min !== undefined ? { min } : {};
			const values = enumValues(element);
			// A list of ids from a closed vocabulary: a multiple-choice select list.
			if (values) return { ...base, widget: 'select', multiple: true, ...count, options: optionsFor(values, options.vocabularies) };
			const ed = def(element);
			if (ed.type === 'object') {
				const fields = objectFields(element, path, options);
				const first = fields.find((f) => f.widget === 'string');
				return { ...base, widget: 'list', ...count, fields, ...(first ? { summary: `{{fields.${first.name}}}` } : {}) };
			}
			const item = toField('item', element, `${path}.item`, { ...options, texts: { ...options.texts, [`${path}.item`]: { label: text.label, hint: '' } } });
			const { name: _n, required: _r, hint: _h, ...itemField } = item;
			return { ...base, widget: 'list', ...count, field: { name: 'item', ...itemField, label: text.label } };
		}
		default:
			throw new Error(`${path}: the CMS generator does not know zod type "${d.type}"; add it to src/lib/cms-fields.ts`);
	}
}

/** CMS fields for every key of an object schema. */
export function objectFields(schema: unknown, prefix: string, options: FieldOptions): CmsField[] {
	return Object.entries(shapeOf(schema)).map(([k, v]) => toField(k, v, prefix ? `${prefix}.${k}` : k, options));
}

/**
 * Every field path the texts must cover: each schema field, each variable type (as `<union>.<type>`)
 * and each field inside it. Lists of objects use the list's own path as prefix (no index).
 */
export function fieldPaths(schema: unknown, prefix = ''): string[] {
	const out: string[] = [];
	for (const [k, v] of Object.entries(shapeOf(schema))) {
		const path = prefix ? `${prefix}.${k}` : k;
		out.push(path);
		const inner = unwrap(v).inner;
		const d = def(inner);
		if (d.type === 'object') out.push(...fieldPaths(inner, path));
		if (d.type === 'array' && def(unwrap(d.element).inner).type === 'object') out.push(...fieldPaths(unwrap(d.element).inner, path));
		if (d.type === 'union' && d.discriminator) {
			const key = d.discriminator as string;
			for (const option of d.options as unknown[]) {
				const shape = shapeOf(option);
				const typeName = (def(shape[key]).values as string[])[0]!;
				out.push(`${path}.${typeName}`);
				const rest = Object.fromEntries(Object.entries(shape).filter(([x]) => x !== key));
				for (const [rk, rv] of Object.entries(rest)) {
					out.push(`${path}.${typeName}.${rk}`);
					const ri = unwrap(rv).inner;
					if (def(ri).type === 'object') out.push(...fieldPaths(ri, `${path}.${typeName}.${rk}`));
				}
			}
		}
	}
	return out;
}

/** Field paths of a schema that have no Indonesian text, and texts that name no field (stale). */
export function missingTexts(schema: z.ZodType, texts: FieldTexts): { missing: string[]; stale: string[] } {
	const paths = fieldPaths(schema);
	return {
		missing: paths.filter((p) => !texts[p]?.label || !texts[p]?.hint),
		stale: Object.keys(texts).filter((p) => !paths.includes(p)),
	};
}
