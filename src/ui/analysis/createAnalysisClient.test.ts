import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/store.ts';
import type { Analysis } from './analysisSlice.ts';
import { type CreateBackend, complete, createAnalysisClient } from './createAnalysisClient.ts';
import type { AnalysisRequest, AnalysisResponse, Problem } from './protocol.ts';

type Answer = Extract<AnalysisResponse, { ok: true }>;

const problem: Problem = {
  diagnostic: {
    severity: 'info',
    code: 'Note',
    message: 'a note',
    resource: null,
    path: null,
    range: null,
  },
  start: null,
  end: null,
  resourceKey: null,
};

function answerTo(request: AnalysisRequest, changes: Partial<Answer> = {}): Answer {
  return {
    ok: true,
    revision: request.revision,
    channel: request.channel,
    problems: [],
    problemsFingerprint: 'p0',
    statuses: [],
    statusChanges: null,
    statusesFingerprint: 's0',
    durationMs: 1,
    ...changes,
  };
}

/** A backend that holds requests until the test answers them. */
function manualBackend() {
  const requests: AnalysisRequest[] = [];
  let respond: (response: AnalysisResponse) => void = () => undefined;
  const create: CreateBackend = (onResponse) => {
    respond = onResponse;
    return { post: (request) => requests.push(request), dispose: () => undefined };
  };
  const request = (index: number): AnalysisRequest => {
    const found = requests.at(index);
    if (!found) throw new Error(`no request ${index}`);
    return found;
  };
  const answer = (index: number, changes?: Partial<Answer>) =>
    respond(answerTo(request(index), changes));
  return { create, requests, request, answer, respond: (r: AnalysisResponse) => respond(r) };
}

describe('the analysis client', () => {
  it('keeps one request in flight and sends the newest text when it answers', () => {
    const store = createAppStore();
    const backend = manualBackend();
    const client = createAnalysisClient({ store, backends: [backend.create] });
    expect(backend.requests).toHaveLength(1);
    store.getState().setText('a: 1\n', 'yaml');
    store.getState().setText('a: 12\n', 'yaml');
    store.getState().setText('a: 123\n', 'yaml');
    expect(backend.requests).toHaveLength(1);
    backend.answer(0);
    // The first answer is stale (the text changed since): dropped, and the newest text is sent.
    expect(store.getState().analysis).toBeNull();
    expect(backend.requests.map((request) => request.text)).toEqual(['', 'a: 123\n']);
    backend.answer(1);
    expect(store.getState().analysis?.revision).toBe(store.getState().revision);
    client.dispose();
  });

  it('tells the worker what it holds, and fills in what the answer left out', () => {
    const store = createAppStore();
    const backend = manualBackend();
    const client = createAnalysisClient({ store, backends: [backend.create] });
    expect(backend.request(0).known).toBeNull();
    backend.answer(0, { problems: [problem], problemsFingerprint: 'p1' });
    store.getState().setText('a: 1\n', 'yaml');
    expect(backend.request(1).known).toEqual({ problems: 'p1', statuses: 's0' });
    backend.answer(1, { problems: null, problemsFingerprint: 'p1', statuses: null });
    expect(store.getState().analysis?.problems).toEqual([problem]);
    expect(store.getState().analysis?.revision).toBe(1);
    client.dispose();
  });

  it('asks again in full when an answer leaves out results the page no longer holds', () => {
    const store = createAppStore();
    const backend = manualBackend();
    const client = createAnalysisClient({ store, backends: [backend.create] });
    backend.answer(0, { problems: null, problemsFingerprint: 'unknown' });
    expect(store.getState().analysis).toBeNull();
    expect(backend.request(1).known).toBeNull();
    client.dispose();
  });

  it('lets a large loaded text wait as the page asks, and sends an edit at once', () => {
    const store = createAppStore();
    const backend = manualBackend();
    const waiting: (() => void)[] = [];
    const client = createAnalysisClient({
      store,
      backends: [backend.create],
      deferLoad: (send) => {
        waiting.push(send);
        return () => waiting.splice(waiting.indexOf(send), 1);
      },
    });
    backend.answer(0);
    const large = `a: ${'x'.repeat(70_000)}\n`;
    store.getState().loadText(large);
    expect(backend.requests).toHaveLength(1);
    expect(waiting).toHaveLength(1);
    waiting.shift()?.();
    expect(backend.request(1).text).toBe(large);
    backend.answer(1);
    // An edit made while a load waits is sent at once, and the wait ends.
    store.getState().loadText(`b: ${'y'.repeat(70_000)}\n`);
    expect(waiting).toHaveLength(1);
    store.getState().setText('a: 2\n', 'yaml');
    expect(waiting).toHaveLength(0);
    expect(backend.request(2).text).toBe('a: 2\n');
    client.dispose();
  });

  it('analyses again when the channel changes', () => {
    const store = createAppStore();
    const backend = manualBackend();
    const client = createAnalysisClient({ store, backends: [backend.create] });
    backend.answer(0);
    store.getState().setChannel('experimental');
    expect(backend.request(-1).channel).toBe('experimental');
    client.dispose();
  });

  it('moves to the next backend when one fails, and resends', () => {
    const store = createAppStore();
    const fallback = manualBackend();
    const broken: CreateBackend = (_onResponse, onFailure) => ({
      post: () => onFailure(),
      dispose: () => undefined,
    });
    const client = createAnalysisClient({ store, backends: [broken, fallback.create] });
    expect(fallback.requests).toHaveLength(1);
    fallback.answer(0);
    expect(store.getState().analysis?.revision).toBe(0);
    client.dispose();
  });

  it('says so when no backend can run', () => {
    const store = createAppStore();
    const broken: CreateBackend = (_onResponse, onFailure) => ({
      post: () => onFailure(),
      dispose: () => undefined,
    });
    const client = createAnalysisClient({ store, backends: [broken] });
    expect(store.getState().analysisError).toMatch(/could not start/);
    client.dispose();
  });

  it('shows a failed analysis instead of hiding it', () => {
    const store = createAppStore();
    const backend = manualBackend();
    const client = createAnalysisClient({ store, backends: [backend.create] });
    backend.respond({ ok: false, revision: 0, channel: 'standard', error: 'validator crashed' });
    expect(store.getState().analysisError).toBe('validator crashed');
    client.dispose();
  });
});

describe('completing an answer', () => {
  const held: Analysis = {
    revision: 1,
    problems: [problem],
    problemsFingerprint: 'p1',
    statuses: [],
    statusesFingerprint: 's1',
    durationMs: 0,
  };
  const request: AnalysisRequest = { revision: 2, text: '', channel: 'standard', known: null };

  it.each([
    [
      'takes held results',
      { problems: null, problemsFingerprint: 'p1', statuses: null, statusesFingerprint: 's1' },
      true,
    ],
    ['cannot take results it does not hold', { problems: null, problemsFingerprint: 'p2' }, false],
    [
      'cannot apply status changes to statuses it does not hold',
      {
        statuses: null,
        statusChanges: { base: 's0', changed: [], removed: [] },
        statusesFingerprint: 's2',
      },
      false,
    ],
  ] as const)('%s', (_name, changes, completes) => {
    const analysis = complete(answerTo(request, changes), held);
    expect(analysis !== null).toBe(completes);
    if (analysis) expect(analysis.problems).toBe(held.problems);
  });
});

describe('status changes', () => {
  it('apply to the held statuses, in their order', () => {
    const held: Analysis = {
      revision: 1,
      problems: [],
      problemsFingerprint: 'p',
      statuses: [
        { resourceKey: 'a', status: 1 },
        { resourceKey: 'b', status: 1 },
        { resourceKey: 'c', status: 1 },
      ],
      statusesFingerprint: 's1',
      durationMs: 0,
    };
    const request: AnalysisRequest = { revision: 2, text: '', channel: 'standard', known: null };
    const analysis = complete(
      answerTo(request, {
        problems: null,
        problemsFingerprint: 'p',
        statuses: null,
        statusesFingerprint: 's2',
        statusChanges: {
          base: 's1',
          changed: [
            { resourceKey: 'c', status: 2 },
            { resourceKey: 'd', status: 2 },
          ],
          removed: ['a'],
        },
      }),
      held,
    );
    expect(analysis?.statuses).toEqual([
      { resourceKey: 'b', status: 1 },
      { resourceKey: 'c', status: 2 },
      { resourceKey: 'd', status: 2 },
    ]);
    expect(analysis?.statusesFingerprint).toBe('s2');
  });
});

describe('the analysis slice', () => {
  const result = (revision: number, fingerprint: string): Analysis => ({
    revision,
    problems: [],
    problemsFingerprint: fingerprint,
    statuses: [],
    statusesFingerprint: 's',
    durationMs: 0,
  });

  it('drops a result older than the one it holds', () => {
    const store = createAppStore();
    store.getState().setAnalysis(result(5, 'a'));
    store.getState().setAnalysis(result(4, 'b'));
    expect(store.getState().analysis?.revision).toBe(5);
  });

  it('keeps the list it has when the findings are the same', () => {
    const store = createAppStore();
    store.getState().setAnalysis(result(1, 'same'));
    const first = store.getState().analysis?.problems;
    store.getState().setAnalysis(result(2, 'same'));
    expect(store.getState().analysis?.problems).toBe(first);
    store.getState().setAnalysis(result(3, 'other'));
    expect(store.getState().analysis?.problems).not.toBe(first);
  });
});
