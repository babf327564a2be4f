/**
 * The analysis worker: owns a workspace built from the texts the page sends, validates it and
 * answers with the findings and computed statuses (see `createAnalyzer`).
 */
import { createAnalyzer } from './createAnalyzer.ts';
import type { AnalysisRequest } from './protocol.ts';
import { validateForAnalysis } from './validateForAnalysis.ts';

const analyze = createAnalyzer(validateForAnalysis, () => performance.now());

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  self.postMessage(analyze(event.data));
};
