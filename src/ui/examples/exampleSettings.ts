import { parseRequestLine } from '../../core/index.ts';
import { DEFAULT_RATE } from '../simulator/currentSettings.ts';
import { formatHeaders, splitGrpcLine, typedMethod } from '../simulator/requestDraft.ts';
import type { SimulatorSettings } from '../simulator/simulatorSlice.ts';
import type { ExampleEntry } from './exampleIndex.ts';

/**
 * The simulator's settings for an example: its request (a gRPC call split into the composer's
 * service and method), its entry, its traffic mix and its rate.
 *
 * @param example - The example's index entry.
 * @returns The settings.
 */
export function exampleSettings(example: ExampleEntry): SimulatorSettings {
  const split = splitGrpcLine(example.request, example.headers);
  const parsed = parseRequestLine(example.request, example.headers, example.entry);
  return {
    draft: {
      method: typedMethod(example.request) ?? (parsed.ok ? parsed.request.method : 'GET'),
      line: split.line,
      headers: formatHeaders(example.headers),
      grpcService: split.grpcService,
      grpcMethod: split.grpcMethod,
      entry: example.entry,
    },
    mix: example.traffic.join('\n'),
    rate: example.rate ?? DEFAULT_RATE,
  };
}
