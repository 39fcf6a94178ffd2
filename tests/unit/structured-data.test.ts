import { expect, test } from 'vitest';
import { ProgramSchema } from '../../src/schemas/program';
import { makeProgram } from '../fixtures/factories';
import { homeJsonLd, jsonLdScript, programJsonLd } from '../../src/lib/structured-data';

const url = 'https://example.go.id/program/x/';

test('a training is a Course with its dates and place', () => {
	const p = ProgramSchema.parse(makeProgram({ venue: 'LPK RITA', schedule: { type: 'terjadwal', starts: '2024-06-08', ends: '2024-06' } }));
	const ld = programJsonLd(p, url);
	expect(ld['@type']).toBe('Course');
	expect(ld.isAccessibleForFree).toBe(true);
	expect(ld.hasCourseInstance).toMatchObject({ startDate: '2024-06-08', endDate: '2024-06-30', location: { name: 'LPK RITA' } });
});

test('a dated job fair is an Event; a standing service is a GovernmentService', () => {
	const fair = ProgramSchema.parse(makeProgram({ kind: 'lowongan-kerja', schedule: { type: 'terjadwal', starts: '2025-07-21', ends: '2025-07-25' } }));
	expect(programJsonLd(fair, url)).toMatchObject({ '@type': 'Event', startDate: '2025-07-21', endDate: '2025-07-25' });
	const bpjs = ProgramSchema.parse(makeProgram({ kind: 'pemeriksaan-kesehatan', organizers: ['dinkes', 'bpjs-kesehatan'], cost: { type: 'tidak-diketahui' } }));
	const ld = programJsonLd(bpjs, url);
	expect(ld['@type']).toBe('GovernmentService');
	expect(ld.provider).toEqual([
		{ '@type': 'GovernmentOrganization', name: 'Dinas Kesehatan Kota Bontang' },
		{ '@type': 'GovernmentOrganization', name: 'BPJS Kesehatan' },
	]);
	expect(ld).not.toHaveProperty('isAccessibleForFree');
});

test('home page: WebSite published by the configured organisation', () => {
	const ld = homeJsonLd('Bontang Berdaya', 'https://example.go.id/', { name: 'Pemerintah Kota Bontang', url: 'https://bontangkota.go.id' });
	expect((ld['@graph'] as object[]).map((n: any) => n['@type'])).toEqual(['WebSite', 'GovernmentOrganization']);
});

test('inline JSON cannot close its script tag', () => {
	expect(jsonLdScript({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
	expect(JSON.parse(jsonLdScript({ a: '</x>' }))).toEqual({ a: '</x>' });
});
