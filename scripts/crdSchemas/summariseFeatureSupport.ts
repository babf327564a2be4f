/**
 * Summarises `third_party/gateway-api/implementation-support.json` (about 600 KB) into what the
 * validator's "Extended feature" notes need: for each conformance feature, how many distinct
 * implementations claim it in the latest report folder, and how many implementations reported.
 */
import { readFileSync } from 'node:fs';

/** The summary `generated/featureSupport.ts` holds. */
export interface FeatureSupportSummary {
  /** The report folder counted, e.g. `v1.6`. */
  readonly reportFolder: string;
  /** Distinct implementations with a report in that folder. */
  readonly implementations: number;
  /** Conformance feature name → distinct implementations that claim it. */
  readonly features: Readonly<Record<string, number>>;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Entries read `name@version (channel)`; an implementation counts once whatever its versions.
function implementationName(entry: unknown): string {
  const text = String(entry);
  const at = text.indexOf('@');
  return at < 0 ? text : text.slice(0, at);
}

/**
 * Reads the support file and counts implementations per feature.
 *
 * @param path - Path of `implementation-support.json`.
 */
export function summariseFeatureSupport(path: string): FeatureSupportSummary {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isObject(data)) throw new Error(`${path}: not an object`);
  const folder = data['latestReportFolder'];
  const support = data['latestFolderFeatureSupport'];
  const reports = data['reports'];
  if (typeof folder !== 'string' || !isObject(support) || !Array.isArray(reports))
    throw new Error(`${path}: unexpected layout`);
  const reporting = new Set<string>();
  for (const report of reports as readonly unknown[]) {
    if (!isObject(report)) continue;
    const reportPath = String(report['reportPath']);
    if (reportPath.split('/')[2] === folder) reporting.add(String(report['implementation']));
  }
  const features: Record<string, number> = {};
  for (const feature of Object.keys(support).sort()) {
    const byProfile = support[feature];
    if (!isObject(byProfile)) continue;
    const names = new Set<string>();
    for (const list of Object.values(byProfile)) {
      if (Array.isArray(list)) for (const entry of list) names.add(implementationName(entry));
    }
    features[feature] = names.size;
  }
  return { reportFolder: folder, implementations: reporting.size, features };
}
