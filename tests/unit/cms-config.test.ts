/**
 * The editor's configuration (/admin/config.json) and the schemas cannot drift apart: every schema
 * field has a CMS field and the reverse, required means required, every closed vocabulary offers
 * exactly the schema's values, every field has an Indonesian label and hint, and the whole file is
 * valid for Sveltia CMS's own JSON schema.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { Ajv } from 'ajv';
import { buildCmsConfig, collectionFields, textPaths } from '../../src/lib/cms-config';
import { shapeOf, unwrap, type CmsField } from '../../src/lib/cms-fields';
import { CMS_COLLECTIONS, CMS_VOCABULARIES } from '../../src/config/cms-collections';
import { KELURAHAN, kelurahanName } from '../../src/schemas/wilayah';
import { INSTITUTION_IDS } from '../../src/schemas/institutions';
import { ScheduleSchema } from '../../src/schemas/program';
import { OFFICE_KINDS, PHONE_KINDS } from '../../src/schemas/office';

const config = buildCmsConfig(CMS_COLLECTIONS, CMS_VOCABULARIES, { repo: 'pemkot/bontang-berdaya', branch: 'main', authUrl: '' }, { url: 'https://example.go.id/', name: 'Bontang Berdaya' });

type Def = { type: string; [k: string]: unknown };
const def = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;

/** Every field path of a schema with whether it may be left out, found by asking zod itself. */
function schemaFields(schema: unknown, prefix = ''): Map<string, boolean> {
	const out = new Map<string, boolean>();
	for (const [k, v] of Object.entries(shapeOf(schema))) {
		const path = prefix ? `${prefix}.${k}` : k;
		out.set(path, (v as z.ZodType).safeParse(undefined).success);
		const inner = unwrap(v).inner;
		const d = def(inner);
		if (d.type === 'object') for (const [p, o] of schemaFields(inner, path)) out.set(p, o);
		if (d.type === 'array' && def(unwrap(d.element).inner).type === 'object') for (const [p, o] of schemaFields(unwrap(d.element).inner, path)) out.set(p, o);
		if (d.type === 'union' && d.discriminator) {
			for (const option of d.options as unknown[]) {
				const shape = shapeOf(option);
				const type = (def(shape[d.discriminator as string]).values as string[])[0];
				for (const [p, o] of schemaFields(option, `${path}.${type}`)) if (!p.endsWith(`.${d.discriminator}`)) out.set(p, o);
			}
		}
	}
	return out;
}

/** Every field path of a CMS field list with whether it is optional. */
function cmsFields(fields: CmsField[], prefix = ''): Map<string, boolean> {
	const out = new Map<string, boolean>();
	for (const f of fields) {
		const path = prefix ? `${prefix}.${f.name}` : f.name;
		out.set(path, f.required === false);
		if (f.fields) for (const [p, o] of cmsFields(f.fields, path)) out.set(p, o);
		for (const t of f.types ?? []) for (const [p, o] of cmsFields(t.fields, `${path}.${t.name}`)) out.set(p, o);
	}
	return out;
}

function findField(fields: CmsField[], path: string): CmsField | undefined {
	const [head, ...rest] = path.split('.');
	const f = fields.find((x) => x.name === head);
	if (!f || !rest.length) return f;
	const type = f.types?.find((t) => t.name === rest[0]);
	return type ? findField(type.fields, rest.slice(1).join('.')) : findField(f.fields ?? [], rest.join('.'));
}

/** The enum values a schema field accepts (itself or as list items), or undefined. */
function enumOf(schema: unknown): string[] | undefined {
	let d = def(unwrap(schema).inner);
	if (d.type === 'array') d = def(unwrap(d.element).inner);
	return d.type === 'enum' ? Object.values(d.entries as Record<string, string>) : undefined;
}

function schemaAt(schema: unknown, path: string): unknown {
	let s = schema;
	for (const part of path.split('.')) {
		let d = def(unwrap(s).inner);
		if (d.type === 'array') d = def(unwrap(d.element).inner);
		s = d.type === 'union'
			? (d.options as unknown[]).find((o) => (def(shapeOf(o)[d.discriminator as string]).values as string[])[0] === part)
			: (d.shape as Record<string, unknown>)[part];
	}
	return s;
}

describe.each(CMS_COLLECTIONS)('CMS collection $name', (spec) => {
	const fields = collectionFields(spec, CMS_VOCABULARIES);
	const fromSchema = schemaFields(spec.schema);
	const fromCms = cmsFields(fields);
	if (spec.extension === 'mdx') fromSchema.set('body', true);

	test('has a CMS field for every schema field and no other', () => {
		expect([...fromCms.keys()].sort()).toEqual([...fromSchema.keys()].sort());
	});

	test('a field is required in the editor exactly when the schema requires it', () => {
		for (const [path, optional] of fromSchema) expect(fromCms.get(path), path).toBe(optional);
	});

	test('closed vocabularies offer exactly the schema values, as select lists', () => {
		let selects = 0;
		for (const path of fromSchema.keys()) {
			if (path === 'body') continue;
			const values = enumOf(schemaAt(spec.schema, path));
			const field = findField(fields, path)!;
			if (!values) continue;
			selects++;
			expect(field.widget, path).toBe('select');
			expect(field.options?.map((o) => o.value), path).toEqual(values);
			expect(field.multiple ?? false, path).toBe(def(unwrap(schemaAt(spec.schema, path)).inner).type === 'array');
		}
		expect(selects).toBeGreaterThan(0);
	});

	test('every field has an Indonesian label and hint, and no text is left over', () => {
		const paths = textPaths(spec);
		expect(paths.filter((p) => !spec.texts[p]?.label || !spec.texts[p]?.hint), 'add these to src/schemas/cms-texts.ts').toEqual([]);
		expect(Object.keys(spec.texts).filter((p) => !paths.includes(p)), 'remove these from src/schemas/cms-texts.ts').toEqual([]);
	});
});

describe('program fields', () => {
	const fields = collectionFields(CMS_COLLECTIONS.find((c) => c.name === 'programs')!, CMS_VOCABULARIES);

	test('kelurahan are chosen by name, institutions by short and full name', () => {
		const kel = findField(fields, 'kelurahan')!;
		expect(kel.options).toEqual(KELURAHAN.map((k) => ({ value: k, label: kelurahanName(k) })));
		expect(findField(fields, 'askAt')!.options!.map((o) => o.value)).toEqual(INSTITUTION_IDS);
		expect(findField(fields, 'askAt')!.options!.find((o) => o.value === 'disnaker')!.label).toBe('Disnaker (Dinas Ketenagakerjaan Kota Bontang)');
	});

	test('the schedule is one object whose type picks its fields', () => {
		const schedule = findField(fields, 'schedule')!;
		expect(schedule.typeKey).toBe('type');
		const kinds = (def(ScheduleSchema).options as unknown[]).map((o) => (def(shapeOf(o).type).values as string[])[0]);
		expect(kinds).toContain('terjadwal');
		expect(schedule.types!.map((t) => t.name)).toEqual(kinds);
		expect(findField(fields, 'schedule.terjadwal.ends')!.required).toBe(true);
	});

	test('dates carry the schema pattern, and it accepts and rejects what the schema does', () => {
		const ends = findField(fields, 'schedule.terjadwal.ends')!;
		const last = findField(fields, 'lastChecked')!;
		const re = new RegExp(ends.pattern![0]);
		for (const ok of ['2025', '2025-10', '2025-10-13']) expect(re.test(ok), ok).toBe(true);
		for (const bad of ['13-10-2025', '2025-13', '2025/10']) expect(re.test(bad), bad).toBe(false);
		expect(new RegExp(last.pattern![0]).test('2025-10')).toBe(false);
		expect(last.pattern![1]).toMatch(/TTTT-BB-HH/);
	});

	test('strategy is picked from the strategies collection', () => {
		expect(findField(fields, 'strategy')).toMatchObject({ widget: 'relation', collection: 'strategies', value_field: '{{slug}}' });
	});

	test('a source date is a date or the word tidak-diketahui, as the schema says', () => {
		const re = new RegExp(findField(fields, 'sources.date')!.pattern![0]);
		for (const ok of ['2025', '2025-10-13', 'tidak-diketahui']) expect(re.test(ok), ok).toBe(true);
		for (const bad of ['tidak diketahui', '13-10-2025', '']) expect(re.test(bad), bad).toBe(false);
	});
});

describe('office fields', () => {
	const spec = CMS_COLLECTIONS.find((c) => c.name === 'offices')!;
	const fields = collectionFields(spec, CMS_VOCABULARIES);
	const collection = config.collections.find((c) => c.name === 'offices')!;

	test('offices are YAML files named by `name`; new files take the short name; none can be deleted', () => {
		expect(collection).toMatchObject({ folder: 'content/offices', extension: 'yaml', format: 'yaml', identifier_field: 'name', slug: '{{fields.shortName}}', create: true, delete: false });
		// The other collections keep their `title`.
		expect(config.collections.find((c) => c.name === 'programs')).toMatchObject({ identifier_field: 'title', slug: '{{title}}' });
	});

	test('office group and phone kind are chosen by their Indonesian names', () => {
		expect(findField(fields, 'kind')!.options).toEqual(Object.entries(OFFICE_KINDS).map(([value, label]) => ({ value, label })));
		expect(findField(fields, 'phones.kind')!.options).toEqual(Object.entries(PHONE_KINDS).map(([value, label]) => ({ value, label })));
	});

	test('every detail has its own required source, which accepts a page date or the office confirmation date', () => {
		for (const path of ['services', 'address', 'servicePoints', 'hours', 'phones', 'websites', 'areaServed', 'locationNotes', 'unconfirmedLeads'])
			expect(findField(fields, `${path}.source`)?.required, path).toBe(true);
		const date = new RegExp(findField(fields, 'phones.source.date')!.pattern![0]);
		for (const ok of ['2025', '2025-07-09', 'tidak-diketahui']) expect(date.test(ok), ok).toBe(true);
		expect(date.test('kemarin')).toBe(false);
		const confirmed = new RegExp(findField(fields, 'phones.source.confirmedByOffice')!.pattern![0]);
		expect(confirmed.test('2026-12-03')).toBe(true);
		expect(confirmed.test('2026-12')).toBe(false);
	});

	test('lists with a schema default ([]) may be left empty; the phone number keeps the schema pattern', () => {
		expect(findField(fields, 'services')).toMatchObject({ widget: 'list', required: false });
		expect(findField(fields, 'gaps')).toMatchObject({ widget: 'list', required: false });
		const number = new RegExp(findField(fields, 'phones.number')!.pattern![0]);
		expect(number.test('0811-5859-300')).toBe(true);
		expect(number.test('Telp. 0811')).toBe(false);
	});

	test('the editor is told that research leads never reach the site and numbers are never filled in', () => {
		expect(findField(fields, 'unconfirmedLeads')!.hint).toMatch(/tidak pernah tampil/);
		expect(findField(fields, 'phones')!.hint).toMatch(/Jangan pernah mengisi nomor/);
		expect(findField(fields, 'address.text')!.hint).toMatch(/jangan menambah nomor jalan/);
	});
});

test('the generated configuration is valid for Sveltia CMS (its own JSON schema)', () => {
	const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'));
	const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
	const validate = ajv.compile(schema);
	const ok = validate(JSON.parse(JSON.stringify(config)));
	expect(ok ? [] : validate.errors!.slice(0, 5).map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
	// The check can fail: a misspelt option type is rejected.
	const broken = JSON.parse(JSON.stringify(config));
	broken.collections[0].fields[0].required = 'ya';
	expect(validate(broken)).toBe(false);
}, 30_000);
