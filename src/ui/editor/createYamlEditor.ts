import type { StoreApi } from 'zustand';
import { type TextEdit, locateField, locateOffset, startsWithPath } from '../../core/index.ts';
import type { Problem } from '../analysis/protocol.ts';
import { afterCanvasSettles } from '../canvas/afterCanvasSettles.ts';
import type { AppState } from '../store/store.ts';
import { catchUpEdits, isBulkLoad, syncDelay } from './editorSync.ts';
import type { RevealRequest } from './editorSlice.ts';
import { DOCUMENT_URI, LARGE_DOCUMENT_CHARS, monaco, setDocumentLength } from './monacoSetup.ts';
import { setPendingEditsFlusher } from './pendingEdits.ts';
import { toMarkerData } from './toMarkerData.ts';

/** Commands the editor's shortcuts run (the same ones the toolbar runs). */
export interface EditorCommands {
  readonly undo: () => void;
  readonly redo: () => void;
  readonly format: () => void;
  readonly save: () => void;
}

/** What the editor shows that depends on the interface: labels, theme, messages. */
export interface YamlEditorView {
  readonly ariaLabel: string;
  /** Names of the editor's commands (command palette and context menu). */
  readonly commandLabels: Readonly<Record<keyof EditorCommands, string>>;
  readonly theme: 'light' | 'dark';
  /** A problem's message in the interface language. */
  readonly message: (problem: Problem) => string;
}

/** How to create the editor. */
export interface YamlEditorOptions {
  readonly container: HTMLElement;
  readonly store: StoreApi<AppState>;
  readonly commands: EditorCommands;
  readonly view: YamlEditorView;
}

/** The YAML editor engine, mounted by one effect. */
export interface YamlEditor {
  readonly update: (view: YamlEditorView) => void;
  readonly dispose: () => void;
}

const MARKER_OWNER = 'switchyard';
const CURSOR_SELECT_MS = 80;
/** The longest a large loaded text waits for the canvas before the editor takes it anyway. */
const DEFER_LOAD_MAX_MS = 3000;
/** How long a large loaded text waits for the page to be idle once the canvas has drawn it. */
const DEFER_LOAD_IDLE_MS = 300;
const ignoredCursorSources = new Set(['modelChange', 'restoreState']);
const severities = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;
const { KeyMod, KeyCode } = monaco;
const { ShowLightbulbIconMode } = monaco.editor;

/**
 * Creates the Monaco YAML editor bound to the store. The text is the document: typing sends the
 * text to the store after a short pause (see `syncDelay`); changes made elsewhere (canvas,
 * inspector, undo) arrive as the store's minimal edits, so the cursor, selection, scroll and
 * folding stay put and nothing echoes back. Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (Ctrl+Y) run the
 * store's undo and redo, so the editor and the toolbar share one history.
 *
 * @param options - Where to mount, the store, the commands and the view.
 * @returns `update` for labels and theme, and `dispose`.
 */
export function createYamlEditor(options: YamlEditorOptions): YamlEditor {
  const { store, commands } = options;
  let view = options.view;
  monaco.editor.getModel(DOCUMENT_URI)?.dispose();
  const model = monaco.editor.createModel(store.getState().text, 'yaml', DOCUMENT_URI);
  setDocumentLength(model.getValueLength());
  model.updateOptions({ tabSize: 2, insertSpaces: true });
  const editor = monaco.editor.create(options.container, {
    model,
    ariaLabel: view.ariaLabel,
    automaticLayout: true,
    // No minimap, and none of its section headers (the editor worker would scan the whole text
    // for them after every change).
    minimap: { enabled: false, showRegionSectionHeaders: false, showMarkSectionHeaders: false },
    // Kubernetes YAML has no colour values to show swatches for (finding them scans the text).
    colorDecorators: false,
    fontSize: 13,
    lineHeight: 20,
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    wordBasedSuggestions: 'off',
    renderWhitespace: 'selection',
    // Names from the text are shown as they are: make look-alike and invisible characters visible.
    unicodeHighlight: { ambiguousCharacters: true, invisibleCharacters: true },
    quickSuggestions: { other: true, comments: false, strings: true },
    // Sticky scroll follows the folding ranges the YAML worker sends anyway; its default (the
    // outline) would have the worker send the symbol tree of a 1 MB document on every change.
    // Links are off for the same reason (Kubernetes YAML has none worth following).
    stickyScroll: { enabled: true, defaultModel: 'foldingProviderModel' },
    links: false,
    theme: themeName(view.theme),
    // The classic hidden textarea, not the EditContext API: its text area is what assistive
    // technologies and tests find as the `YAML editor` text box.
    editContext: false,
  });

  // A large document folds by indentation, on this thread and incrementally: the YAML worker's
  // folding ranges for a megabyte of YAML are megabytes of messages on every change. It has no
  // bracket pair colours either: they parse the whole text into a tree before the first frame
  // (Kubernetes YAML is block style, with few brackets to colour).
  let largeDocument = false;
  const fitLargeDocument = () => {
    const large = model.getValueLength() > LARGE_DOCUMENT_CHARS;
    if (large === largeDocument) return;
    largeDocument = large;
    model.updateOptions({
      bracketColorizationOptions: { enabled: !large, independentColorPoolPerBracketType: false },
    });
    editor.updateOptions({
      foldingStrategy: large ? 'indentation' : 'auto',
      // Sticky scroll would measure the indentation of every line again on every keystroke.
      stickyScroll: { enabled: !large, defaultModel: 'foldingProviderModel' },
      // The code actions under the cursor are asked for after every move; the YAML worker reads
      // the whole text to answer (Ctrl/Cmd+. still asks on demand).
      lightbulb: { enabled: large ? ShowLightbulbIconMode.Off : ShowLightbulbIconMode.OnCode },
    });
  };
  fitLargeDocument();

  let synced = model.getValue();
  let pending = false;
  let applying = false;
  let placing = false;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  let cursorTimer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    quietTimer = undefined;
    maxTimer = undefined;
    if (!pending) return;
    pending = false;
    synced = model.getValue();
    store.getState().setText(synced, 'yaml');
  };
  setPendingEditsFlusher(flush);

  let lastTyped = -Infinity;
  const onTyped = () => {
    if (applying) return;
    pending = true;
    const now = performance.now();
    const delay = syncDelay(model.getValueLength(), now - lastTyped);
    lastTyped = now;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(flush, delay.quiet);
    maxTimer ??= setTimeout(flush, delay.max);
  };

  const place = (position: { lineNumber: number; column: number }) => {
    placing = true;
    try {
      editor.setPosition(position);
    } finally {
      placing = false;
    }
  };

  const range = (start: number, end: number) =>
    monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));

  const applyEdits = (edits: readonly TextEdit[], origin: string) => {
    applying = true;
    try {
      // Each edit's offsets refer to the text the edits before it made: apply them in order.
      for (const edit of edits) {
        editor.executeEdits(origin, [{ range: range(edit.start, edit.end), text: edit.text }]);
      }
    } finally {
      applying = false;
    }
    const last = edits[edits.length - 1];
    if (origin === 'history' && last) {
      // Undo and redo put the cursor where the text changed, as an editor's own undo does.
      const at = model.getPositionAt(last.start + last.text.length);
      place(at);
      editor.revealPositionInCenterIfOutsideViewport(at);
    }
  };

  // A large loaded text (see `isBulkLoad`) waits here while the page draws the new graph, and the
  // editor is read-only meanwhile, so nothing can be typed into the text it replaces. It arrives
  // once the canvas has laid the graph out and the page is idle, when the editor gets focus or a
  // key, or before anything that places something in the text (a selection, a reveal, markers).
  let deferred: string | null = null;
  // Cancels the wait for the canvas, then the wait for an idle moment.
  let stopWaiting: (() => void) | null = null;

  const cancelDeferred = () => {
    stopWaiting?.();
    stopWaiting = null;
  };

  const settle = () => {
    if (deferred === null) return;
    cancelDeferred();
    const text = deferred;
    deferred = null;
    applying = true;
    try {
      // The whole text is new: a fresh buffer is cheaper than an edit (and its undo record).
      model.setValue(text);
    } finally {
      applying = false;
    }
    editor.updateOptions({ readOnly: false });
    showMarkers(store.getState());
  };

  const defer = (text: string) => {
    const first = deferred === null;
    deferred = text;
    if (!first) return;
    editor.updateOptions({ readOnly: true });
    stopWaiting = afterCanvasSettles(
      store,
      () => {
        if (typeof requestIdleCallback === 'function') {
          const idle = requestIdleCallback(settle, { timeout: DEFER_LOAD_IDLE_MS });
          stopWaiting = () => cancelIdleCallback(idle);
        } else {
          const timer = setTimeout(settle, 0);
          stopWaiting = () => clearTimeout(timer);
        }
      },
      DEFER_LOAD_MAX_MS,
    );
  };

  const catchUp = (state: AppState, previous: AppState) => {
    if (deferred !== null) {
      // The editor takes the newest text in one piece: a further large load waits with it,
      // anything else brings it in now.
      synced = state.text;
      defer(state.text);
      if (!isBulkLoad(state.lastChange?.edits ?? [], state.lastChange?.origin ?? 'load')) settle();
      return;
    }
    const edits = catchUpEdits(
      { synced, pending, read: () => model.getValue() },
      previous.text,
      state.text,
      state.lastChange,
      state.revision,
    );
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    maxTimer = undefined;
    pending = false;
    synced = state.text;
    if (edits.length === 0) return;
    const origin = state.lastChange?.origin ?? 'load';
    if (isBulkLoad(edits, origin)) defer(state.text);
    else applyEdits(edits, origin);
  };

  const highlight = editor.createDecorationsCollection();
  const showSelection = (state: AppState) => {
    const { selection, workspace } = state;
    if (!selection || selection.origin === 'yaml' || pending) {
      highlight.clear();
      return;
    }
    settle();
    const entry = workspace.resources.find((candidate) => candidate.key === selection.key);
    const location = entry ? locateField(workspace, entry, selection.path) : null;
    if (!location) {
      highlight.clear();
      return;
    }
    const shown = range(location.range.start, location.range.end);
    highlight.set([{ range: shown, options: { isWholeLine: true, className: 'yaml-selected' } }]);
    editor.revealRangeInCenterIfOutsideViewport(shown, monaco.editor.ScrollType.Smooth);
  };

  const selectAtCursor = () => {
    // The cursor is in the text a deferred load replaces.
    if (deferred !== null) return;
    flush();
    const position = editor.getPosition();
    if (!position) return;
    const state = store.getState();
    const located = locateOffset(state.workspace, model.getOffsetAt(position));
    const { selection } = state;
    if (!located) {
      // While the text is broken the cursor's resource cannot be read: keep what is selected.
      if (selection && !state.workspace.broken) state.select(null);
      return;
    }
    const same =
      selection?.key === located.entry.key &&
      selection.path.length === located.path.length &&
      startsWithPath(selection.path, located.path);
    if (!same) state.select({ key: located.entry.key, path: located.path, origin: 'yaml' });
  };

  const reveal = (request: RevealRequest) => {
    settle();
    flush();
    const shown = range(request.range.start, request.range.end);
    editor.revealRangeInCenter(shown, monaco.editor.ScrollType.Smooth);
    if (request.focus) {
      place(shown.getStartPosition());
      editor.focus();
    }
  };

  let marked: { problems: readonly Problem[]; message: YamlEditorView['message'] } | null = null;
  const showMarkers = (state: AppState) => {
    const { analysis } = state;
    // Problems found in another revision of the text would point at the wrong places.
    if (
      !analysis ||
      analysis.revision !== state.revision ||
      pending ||
      synced !== state.text ||
      deferred !== null
    )
      return;
    // The same findings at the same places are marked already.
    if (marked?.problems === analysis.problems && marked.message === view.message) return;
    marked = { problems: analysis.problems, message: view.message };
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      toMarkerData(analysis.problems, severities, view.message),
    );
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.text !== previous.text) catchUp(state, previous);
    if (state.selection !== previous.selection) {
      // A selection made elsewhere since the cursor last moved is the newer one: the cursor's
      // pending selection must not undo it.
      if (state.selection?.origin !== 'yaml') clearTimeout(cursorTimer);
      showSelection(state);
    }
    if (state.revealRequest && state.revealRequest !== previous.revealRequest)
      reveal(state.revealRequest);
    if (state.analysis !== previous.analysis) showMarkers(state);
  });

  const run = (command: () => void) => () => {
    flush();
    command();
  };
  let actions = addActions();
  function addActions() {
    return [
      editor.addAction({
        id: 'switchyard.undo',
        label: view.commandLabels.undo,
        keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ],
        run: run(commands.undo),
      }),
      editor.addAction({
        id: 'switchyard.redo',
        label: view.commandLabels.redo,
        keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, KeyMod.CtrlCmd | KeyCode.KeyY],
        run: run(commands.redo),
      }),
      editor.addAction({
        id: 'switchyard.format',
        label: view.commandLabels.format,
        keybindings: [KeyMod.Shift | KeyMod.Alt | KeyCode.KeyF],
        contextMenuGroupId: '1_modification',
        run: run(commands.format),
      }),
      editor.addAction({
        id: 'switchyard.save',
        label: view.commandLabels.save,
        keybindings: [KeyMod.CtrlCmd | KeyCode.KeyS],
        run: run(commands.save),
      }),
    ];
  }

  const listeners = [
    model.onDidChangeContent(() => {
      setDocumentLength(model.getValueLength());
      fitLargeDocument();
      onTyped();
    }),
    editor.onDidBlurEditorText(flush),
    editor.onDidFocusEditorText(settle),
    // A key pressed in the editor while it already had focus goes into the new text.
    editor.onKeyDown(settle),
    editor.onDidChangeCursorSelection((event) => {
      // The person moved the cursor (keys, mouse, Find, Go to line): not an edit from elsewhere
      // moving it along, and not the editor placing it for undo or a Problems item.
      if (applying || placing || ignoredCursorSources.has(event.source)) return;
      clearTimeout(cursorTimer);
      cursorTimer = setTimeout(selectAtCursor, CURSOR_SELECT_MS);
    }),
  ];
  showMarkers(store.getState());

  return {
    update(next) {
      const previous = view;
      view = next;
      if (next.ariaLabel !== previous.ariaLabel)
        editor.updateOptions({ ariaLabel: next.ariaLabel });
      if (next.theme !== previous.theme) monaco.editor.setTheme(themeName(next.theme));
      if (next.commandLabels !== previous.commandLabels) {
        for (const action of actions) action.dispose();
        actions = addActions();
      }
      if (next.message !== previous.message) showMarkers(store.getState());
    },
    dispose() {
      flush();
      setPendingEditsFlusher(null);
      clearTimeout(cursorTimer);
      cancelDeferred();
      deferred = null;
      unsubscribe();
      for (const disposable of [...listeners, ...actions]) disposable.dispose();
      highlight.clear();
      editor.dispose();
      model.dispose();
    },
  };
}

function themeName(theme: 'light' | 'dark'): string {
  return theme === 'dark' ? 'vs-dark' : 'vs';
}
