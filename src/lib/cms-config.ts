/**
 * The whole Sveltia CMS configuration (served as /admin/config.json), built from the collection table
 * in src/config/cms-collections.ts and the zod schemas it names.
 * @see https://sveltiacms.app/en/docs/config-basics
 */
import type { z } from 'astro/zod';
import { fieldPaths, objectFields, type CmsField, type FieldTexts, type Vocabulary } from './cms-fields';

/** One editable collection: one line in the table of src/config/cms-collections.ts. */
export interface CmsCollectionSpec {
	/** CMS collection name; also the Astro collection it feeds. */
	name: string;
	/** Indonesian label (plural) and label for one entry. */
	label: string;
	labelSingular: string;
	/** Folder from the project root, e.g. "content/programs". */
	folder: string;
	/** `mdx` (frontmatter + body) or `yaml` (data only). */
	extension: 'mdx' | 'yaml';
	/** The schema the build validates these files with. */
	schema: z.ZodType;
	/** Indonesian label and hint of every field. */
	texts: FieldTexts;
	/** Field paths that hold the slug of another collection, e.g. { strategy: 'strategies' }. */
	relations?: Record<string, string>;
	/** Whether editors may add entries (the five strategies are fixed in the menu). */
	create?: boolean;
	/** The field that names an entry in the editor's lists (default `title`; offices have `name`). */
	identifierField?: string;
	/** File name of a new entry (default: from the identifier field), e.g. `{{fields.shortName}}`. */
	slug?: string;
	/** Body editor modes: `raw` only where the body holds MDX (imports, components) a rich editor could break. */
	bodyModes?: ('rich_text' | 'raw')[];
}

/** Where the editor saves: a GitHub repository, or nothing (then only local-repository mode works). */
export interface CmsBackend {
	/** "owner/name", or empty. */
	repo: string;
	branch: string;
	/** OAuth helper (e.g. Sveltia CMS Authenticator on Cloudflare Workers); empty = sign in with a token. */
	authUrl: string;
}

/** The fields of one collection: the schema's fields plus the Markdown body for MDX files. */
export function collectionFields(spec: CmsCollectionSpec, vocabularies: Vocabulary[]): CmsField[] {
	const fields = objectFields(spec.schema, '', { texts: spec.texts, vocabularies, relations: spec.relations });
	if (spec.extension === 'mdx') {
		const t = spec.texts.body ?? { label: 'Isi', hint: '' };
		fields.push({ name: 'body', label: t.label, hint: t.hint, widget: 'markdown', required: false, ...(spec.bodyModes ? { modes: spec.bodyModes } : {}) });
	}
	return fields;
}

/** Field paths a collection's texts must cover (the schema's, plus `body` for MDX). */
export function textPaths(spec: CmsCollectionSpec): string[] {
	return [...fieldPaths(spec.schema), ...(spec.extension === 'mdx' ? ['body'] : [])];
}

export function buildCmsConfig(specs: CmsCollectionSpec[], vocabularies: Vocabulary[], backend: CmsBackend, site: { url: string; name: string }) {
	return {
		// Marks the file as following Sveltia's schema (checked by name only, nothing is fetched).
		$schema: 'https://unpkg.com/@sveltia/cms/schema/sveltia-cms.json',
		backend: {
			name: 'github',
			// Without a repository the GitHub sign-in cannot work; local-repository mode still does.
			repo: backend.repo || 'lokal/bontang-berdaya',
			branch: backend.branch,
			...(backend.authUrl ? { base_url: backend.authUrl, auth_methods: ['oauth', 'token'] } : { auth_methods: ['token'] }),
			commit_messages: {
				create: 'Tambah {{collection}} "{{slug}}" lewat editor',
				update: 'Ubah {{collection}} "{{slug}}" lewat editor',
				delete: 'Hapus {{collection}} "{{slug}}" lewat editor',
				uploadMedia: 'Unggah "{{path}}" lewat editor',
				deleteMedia: 'Hapus "{{path}}" lewat editor',
			},
		},
		publish_mode: 'simple',
		app_title: `${site.name}: editor`,
		site_url: site.url,
		display_url: site.url,
		media_folder: 'public/media',
		public_folder: '/media',
		slug: { encoding: 'ascii', clean_accents: true, lowercase: true, sanitize_replacement: '-' },
		output: {
			// Left-empty optional fields are left out, as the schemas expect (an empty list is an error).
			omit_empty_optional_fields: true,
			// Quoted strings keep dates such as '2025' strings when the file is read back.
			yaml: { quote: 'single' },
		},
		collections: specs.map((spec) => ({
			name: spec.name,
			label: spec.label,
			label_singular: spec.labelSingular,
			folder: spec.folder,
			extension: spec.extension,
			format: spec.extension === 'mdx' ? 'yaml-frontmatter' : 'yaml',
			identifier_field: spec.identifierField ?? 'title',
			slug: spec.slug ?? `{{${spec.identifierField ?? 'title'}}}`,
			create: spec.create ?? true,
			delete: false,
			fields: collectionFields(spec, vocabularies),
		})),
	};
}
