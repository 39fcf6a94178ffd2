/**
 * What the editor at /admin/ can edit: one line per collection (folder, file type, schema, Indonesian
 * texts). Adding a collection is adding a line here and its texts in src/schemas/cms-texts.ts; the
 * fields themselves come from the schema (src/lib/cms-fields.ts), so they cannot drift apart.
 */
import type { CmsCollectionSpec } from '../lib/cms-config';
import type { Vocabulary } from '../lib/cms-fields';
import { ProgramSchema } from '../schemas/program';
import { StrategySchema } from '../schemas/strategy';
import { SeriesSchema, UNITS, UNIT_IDS } from '../schemas/series';
import { GuideSchema } from '../schemas/guide';
import { OfficeSchema, OFFICE_KINDS, OFFICE_KIND_IDS, PHONE_KINDS, type OfficeKind, type PhoneKind } from '../schemas/office';
import { GUIDE_TEXTS, OFFICE_TEXTS, PROGRAM_TEXTS, SERIES_TEXTS, STRATEGY_TEXTS } from '../schemas/cms-texts';
import { INSTITUTIONS, INSTITUTION_IDS, type Institution } from '../schemas/institutions';
import { FUNDING_TYPES, FUNDING_TYPE_IDS, PROGRAM_KINDS, PROGRAM_KIND_IDS, type FundingType, type ProgramKind } from '../schemas/program-kinds';
import { TARGET_GROUPS, TARGET_GROUP_IDS, type TargetGroup } from '../schemas/target-groups';
import { KECAMATAN, KELURAHAN, kecamatanName, kelurahanName, type Kecamatan, type Kelurahan } from '../schemas/wilayah';

export const CMS_COLLECTIONS: CmsCollectionSpec[] = [
	{ name: 'programs', label: 'Program', labelSingular: 'program', folder: 'content/programs', extension: 'mdx', schema: ProgramSchema, texts: PROGRAM_TEXTS, relations: { strategy: 'strategies', guides: 'guides' } },
	{ name: 'guides', label: 'Panduan', labelSingular: 'panduan', folder: 'content/guides', extension: 'mdx', schema: GuideSchema, texts: GUIDE_TEXTS },
	{ name: 'strategies', label: 'Strategi', labelSingular: 'strategi', folder: 'content/strategies', extension: 'mdx', schema: StrategySchema, texts: STRATEGY_TEXTS, create: false, bodyModes: ['raw'] },
	{ name: 'series', label: 'Data dan angka', labelSingular: 'data', folder: 'content/data', extension: 'yaml', schema: SeriesSchema, texts: SERIES_TEXTS },
	// Named by `name`; a new office's file (and page /kantor/<file>/) is named after its short name, e.g. dinsos-pm.
	{ name: 'offices', label: 'Kantor', labelSingular: 'kantor', folder: 'content/offices', extension: 'yaml', schema: OfficeSchema, texts: OFFICE_TEXTS, identifierField: 'name', slug: '{{fields.shortName}}' },
];

/** Closed vocabularies with the Indonesian name of each id, shown in the editor's select lists. */
export const CMS_VOCABULARIES: Vocabulary[] = [
	{ ids: KELURAHAN, label: (id) => kelurahanName(id as Kelurahan) },
	{ ids: KECAMATAN, label: (id) => kecamatanName(id as Kecamatan) },
	{ ids: INSTITUTION_IDS, label: (id) => `${INSTITUTIONS[id as Institution].short} (${INSTITUTIONS[id as Institution].name})` },
	{ ids: PROGRAM_KIND_IDS, label: (id) => PROGRAM_KINDS[id as ProgramKind].id },
	{ ids: FUNDING_TYPE_IDS, label: (id) => FUNDING_TYPES[id as FundingType] },
	{ ids: TARGET_GROUP_IDS, label: (id) => TARGET_GROUPS[id as TargetGroup].id },
	{ ids: OFFICE_KIND_IDS, label: (id) => OFFICE_KINDS[id as OfficeKind] },
	{ ids: Object.keys(PHONE_KINDS), label: (id) => PHONE_KINDS[id as PhoneKind] },
	{ ids: UNIT_IDS, label: (id) => UNITS[id as keyof typeof UNITS].id },
];
