import { LIMITS } from '../../core/index.ts';
import { flushPendingEdits } from '../editor/pendingEdits.ts';
import { downloadYaml } from '../io/exportYaml.ts';
import { applyWork, collectWork } from '../persistence/sessionState.ts';
import { withYaml } from '../shell/yamlOnDemand.ts';
import { selectSimulatorSettings } from '../simulator/currentSettings.ts';
import { appStore } from '../store/store.ts';
import type { AppState } from '../store/store.ts';
import { decodeShare, encodeShare, type SharePayload } from './shareCodec.ts';
import { readSharedSettings } from './sharedSettings.ts';

/** Where a share link's data is, in the URL fragment. */
export const SHARE_FRAGMENT = '#share=';

/**
 * The longest share link made. RFC 9110 (section 4.1) recommends that every sender and recipient
 * of a URI support at least 8,000 octets; chat tools, mail clients, issue trackers and proxies
 * cannot be relied on beyond that, so a longer link could arrive cut short. Above it, the person
 * is offered the YAML file instead.
 */
export const MAX_LINK_LENGTH = 8000;

/**
 * The most a link may inflate to: the largest document Switchyard reads, plus room for the layout
 * and settings beside it.
 */
const MAX_INFLATED_BYTES = LIMITS.maxTextBytes + 1024 * 1024;

const NOTICE = 'share';

/** The positions worth sharing: those of the nodes these documents draw. */
function sharedPositions(state: AppState): SharePayload['positions'] {
  const keys = new Set(state.workspace.resources.map((entry) => entry.key));
  return [...state.positions].filter(
    ([id]) => keys.has(id) || id.startsWith('entry:') || id.startsWith('collapsed:'),
  );
}

/** The page's address without the example parameter and fragment. */
function pageAddress(): URL {
  const url = new URL(window.location.href);
  url.searchParams.delete('example');
  url.searchParams.delete('demo');
  url.hash = '';
  return url;
}

/**
 * `Share`: puts the documents, the layout and the simulator's settings into a link, writes it
 * into the address bar and copies it. A link longer than {@link MAX_LINK_LENGTH} is not made: the
 * person is told and offered the YAML file.
 */
export async function shareCurrentWork(): Promise<void> {
  flushPendingEdits();
  const state = appStore.getState();
  const value = await encodeShare({
    text: state.text,
    positions: sharedPositions(state),
    simulator: selectSimulatorSettings(state),
  });
  const url = `${pageAddress().href}${SHARE_FRAGMENT}${value}`;
  if (url.length > MAX_LINK_LENGTH) {
    state.notify({
      id: NOTICE,
      tone: 'warning',
      message: 'share.tooLong',
      params: { length: url.length, limit: MAX_LINK_LENGTH },
      actions: [{ label: 'share.downloadYaml', dismisses: true, run: downloadYaml }],
    });
    return;
  }
  window.history.replaceState(window.history.state, '', url);
  try {
    await navigator.clipboard.writeText(url);
    state.notify({ id: NOTICE, tone: 'info', message: 'share.copied', transient: true });
  } catch {
    state.notify({ id: NOTICE, tone: 'info', message: 'share.inAddressBar' });
  }
}

function clearFragment(): void {
  if (!window.location.hash.startsWith(SHARE_FRAGMENT)) return;
  const url = new URL(window.location.href);
  url.hash = '';
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Opens the share link in the address bar, if there is one: its documents and layout are shown
 * as an "incoming" state (the work they replace is kept aside, to return to with Discard). A
 * damaged, oversized or newer link is explained and nothing of it is loaded.
 */
export async function openSharedLink(): Promise<void> {
  const hash = window.location.hash;
  if (!hash.startsWith(SHARE_FRAGMENT)) return;
  const result = await decodeShare(hash.slice(SHARE_FRAGMENT.length), MAX_INFLATED_BYTES);
  const state = appStore.getState();
  if (!result.ok) {
    const message =
      result.reason === 'tooLarge'
        ? 'share.tooLarge'
        : result.reason === 'newer'
          ? 'share.newer'
          : 'share.damaged';
    state.notify({
      id: NOTICE,
      tone: 'error',
      message,
      params: { limit: LIMITS.maxTextBytes / (1024 * 1024) },
    });
    return;
  }
  const { payload } = result;
  if (payload.text === state.text) return;
  flushPendingEdits();
  const previous = state.shareIncoming ?? collectWork(state, Date.now());
  await withYaml(() => state.loadText(payload.text));
  state.setDocumentName(null);
  // Merged, not replaced: the positions of the work set aside stay for Discard and Undo.
  state.setPositions(new Map(payload.positions));
  state.select(null);
  const settings = readSharedSettings(payload.simulator);
  if (settings) appStore.getState().setSimulatorSettings(settings);
  appStore.getState().setShareIncoming(previous);
}

/** Keep: the shared documents become the work (and are saved as it). */
export function keepShared(): void {
  appStore.getState().setShareIncoming(null);
  clearFragment();
}

/** Discard: back to the work as it was before the link was opened. */
export function discardShared(): void {
  const previous = appStore.getState().shareIncoming;
  const placed = appStore.getState().positions;
  if (previous) {
    applyWork(appStore, previous, 'replace');
    // Nodes laid out after the work was set aside keep their place.
    const saved = new Set(previous.session.positions.map(([id]) => id));
    appStore.getState().setPositions(new Map([...placed].filter(([id]) => !saved.has(id))));
  }
  appStore.getState().setShareIncoming(null);
  clearFragment();
}
