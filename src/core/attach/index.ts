/**
 * Attachment, reference resolution and computed status: which listeners exist, which routes
 * attach where, how backendRefs resolve, and the `status` a conformant controller would write.
 */
export type * from './types.ts';
export type * from './outcomes.ts';
export type * from './status.ts';
export type { Explanation } from './explanation.ts';
export { SIMULATED_CONTROLLER_NAME } from './outcomes.ts';
export { computeAttachment } from './computeAttachment.ts';
export { computeStatus } from './computeStatus.ts';
export { effectiveHostnames, hostnameMatches, intersectHostname } from './hostnames.ts';
export { matchesLabelSelector } from './labelSelector.ts';
export { NAMESPACE_NAME_LABEL } from './resourceIndex.ts';
