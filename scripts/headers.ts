/**
 * Writes the hosting headers from their one source, src/lib/build/security-headers.ts:
 *
 *   npm run headers
 *
 * - public/_headers                    Netlify and Cloudflare Pages
 * - public/staticwebapp.config.json    Azure Static Web Apps
 *
 * Both are committed and copied into dist/ by the build. Run this after
 * changing the policy; tests/unit/build/security-headers.test.ts fails while the
 * files are stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, staticWebAppConfig } from '../src/lib/build/security-headers.ts';

/** The generated files, by path relative to the project root. */
export function generatedHeaderFiles(): Record<string, string> {
	return {
		'public/_headers': headersFile(),
		'public/staticwebapp.config.json': staticWebAppConfig(),
	};
}

if (import.meta.main) {
	for (const [path, text] of Object.entries(generatedHeaderFiles())) {
		writeFileSync(join(process.cwd(), path), text);
		console.log(`wrote ${path}`);
	}
}
