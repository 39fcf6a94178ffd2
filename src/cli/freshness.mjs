// @ts-check
/**
 * `npm run freshness`: prints entries not re-checked for FRESHNESS_DAYS, programs whose registration
 * closes within CLOSING_SOON_DAYS, and programs whose status changed since FRESHNESS_SINCE (default:
 * yesterday). BUILD_DATE=YYYY-MM-DD sets "today". See src/cli/freshness-data.mjs.
 */
import path from 'node:path';
import { buildFreshnessReport } from './freshness-data.mjs';
import { formatReport } from '../lib/freshness.ts';

console.log(formatReport(buildFreshnessReport(path.resolve(import.meta.dirname, '../..'))));
