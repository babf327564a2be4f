/**
 * Test data: the Gateway API v1.6.1 conformance manifests (copied unchanged into
 * `third_party/gateway-api/conformance-manifests`), with the suite's placeholders filled in.
 * For tests and benchmarks only (it reads files with Node).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../../third_party/gateway-api');

/** The GatewayClass name and controller the filled-in manifests use. */
export const CONFORMANCE_GATEWAY_CLASS = 'switchyard';
export const CONFORMANCE_CONTROLLER = 'switchyard.dev/simulated-controller';

/** A GatewayClass for the filled-in class name, which the manifests refer to but do not define. */
export const conformanceGatewayClass = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: ${CONFORMANCE_GATEWAY_CLASS}
spec:
  controllerName: ${CONFORMANCE_CONTROLLER}
`;

function fill(text: string): string {
  return text
    .replaceAll('{GATEWAY_CLASS_NAME}', CONFORMANCE_GATEWAY_CLASS)
    .replaceAll('{GATEWAY_CONTROLLER_NAME}', CONFORMANCE_CONTROLLER);
}

/**
 * Reads a manifest file of the conformance suite with placeholders filled.
 *
 * @param relativePath - Path under `conformance-manifests`, e.g. `tests/httproute-matching.yaml`.
 */
export function readManifest(relativePath: string): string {
  return fill(readFileSync(join(root, 'conformance-manifests', relativePath), 'utf8'));
}

/** The shared north-south fixtures (`base/manifests.yaml`) with the GatewayClass. */
export function baseManifests(): string {
  return `${conformanceGatewayClass}---\n${readManifest('base/manifests.yaml')}`;
}

/** The shared mesh fixtures (`mesh/manifests.yaml`). */
export function meshManifests(): string {
  return readManifest('mesh/manifests.yaml');
}

/**
 * The document set a north-south conformance test runs against: the base fixtures and the test's
 * own manifest.
 *
 * @param testFile - File name under `tests/`, e.g. `httproute-matching.yaml`.
 */
export function northSouthCase(testFile: string): string {
  return `${baseManifests()}---\n${readManifest(`tests/${testFile}`)}`;
}

/**
 * The document set a mesh conformance test runs against.
 *
 * @param testFile - File name under `tests/mesh/`, e.g. `mesh-split.yaml`.
 */
export function meshCase(testFile: string): string {
  return `${meshManifests()}---\n${readManifest(`tests/mesh/${testFile}`)}`;
}

/** Every test manifest file name, north-south (`tests/…`) and mesh (`tests/mesh/…`). */
export function allTestManifests(): string[] {
  const northSouth = readdirSync(join(root, 'conformance-manifests/tests'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `tests/${name}`);
  const mesh = readdirSync(join(root, 'conformance-manifests/tests/mesh'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `tests/mesh/${name}`);
  return [...northSouth, ...mesh].sort();
}

/** Path of a file under `third_party/gateway-api` (CRDs, conformance-cases.md, semantics.md). */
export function referencePath(relativePath: string): string {
  return join(root, relativePath);
}
