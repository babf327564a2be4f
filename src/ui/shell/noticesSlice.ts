import type { StateCreator } from 'zustand';
import type { MessageKey, MessageParams } from '../i18n/translate.ts';
import type { AppState } from '../store/store.ts';

/** A button on a notice. */
export interface NoticeAction {
  readonly label: MessageKey;
  readonly run: () => void;
  /** Close the notice after running. */
  readonly dismisses: boolean;
}

/** Something the person must be told: a failed import, storage trouble, a conflict with another tab. */
export interface Notice {
  /** Stable for notices that replace each other (`storage`, `import`), else unique. */
  readonly id: string;
  readonly tone: 'info' | 'warning' | 'error';
  readonly message: MessageKey;
  readonly params: MessageParams;
  readonly actions: readonly NoticeAction[];
  /** Closes by itself after a few seconds (confirmations such as "Copied"). */
  readonly transient: boolean;
}

/** What a caller gives to show a notice. */
export type NoticeInput = Pick<Notice, 'tone' | 'message'> & Partial<Notice>;

/** Session state: the notices on screen. */
export interface NoticesSlice {
  readonly notices: readonly Notice[];
  /** Shows a notice (replacing one with the same id); returns its id. */
  readonly notify: (notice: NoticeInput) => string;
  readonly dismiss: (id: string) => void;
}

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => {
  let counter = 0;
  return {
    notices: [],
    notify(input) {
      const id = input.id ?? `notice-${++counter}`;
      const notice: Notice = {
        id,
        tone: input.tone,
        message: input.message,
        params: input.params ?? {},
        actions: input.actions ?? [],
        transient: input.transient ?? false,
      };
      set({ notices: [...get().notices.filter((other) => other.id !== id), notice] });
      return id;
    },
    dismiss(id) {
      set({ notices: get().notices.filter((notice) => notice.id !== id) });
    },
  };
};

export const selectNotices = (state: AppState) => state.notices;
