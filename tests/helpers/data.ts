/** The project's real data, parsed with its schemas, for unit tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetSchema, type Dataset } from '../../src/schemas/dataset.ts';
import { PrioritySchema, type PriorityId } from '../../src/schemas/priority.ts';
import { SourceSchema, type Source } from '../../src/schemas/source.ts';
import { SystemSchema, type System } from '../../src/schemas/system.ts';
import { TargetSchema, type Target } from '../../src/schemas/target.ts';
import { ROOT } from './site.ts';

const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** The real priorities' ids, in the reading order of data/priorities.json. */
export function loadPriorityIds(): PriorityId[] {
	return (json('data/priorities.json') as unknown[]).map((p) => PrioritySchema.parse(p).id);
}

export function loadDatasets(): Map<string, Dataset> {
	const dir = join(ROOT, 'data', 'datasets');
	return new Map(
		readdirSync(dir)
			.sort()
			.map((f) => DatasetSchema.parse(json(`data/datasets/${f}`)))
			.map((d) => [d.id, d]),
	);
}

export function loadTargets(): Target[] {
	return (json('data/targets.json') as unknown[]).map((t) => TargetSchema.parse(t));
}

export function loadSources(): Map<string, Source> {
	return new Map((json('data/sources.json') as unknown[]).map((s) => SourceSchema.parse(s)).map((s) => [s.id, s]));
}

export function loadSystems(): Map<string, System> {
	return new Map((json('data/systems.json') as unknown[]).map((s) => SystemSchema.parse(s)).map((s) => [s.id, s]));
}

/** A dataset or target by id; throws if missing, so tests fail loudly. */
export function must<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`missing ${what}`);
	return value;
}
