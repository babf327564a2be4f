import { defineTranslations } from './defineMessages.ts';
import { appMessages } from './appMessages.ts';

/**
 * Messages of the application shell: title, toolbar, regions, preferences.
 * In Chinese: loaded only when the interface language is Chinese.
 */
export const appTranslations = defineTranslations(appMessages, {
  'zh-Hans': {
    'app.name': 'Switchyard',
    'app.tagline': 'Gateway API 路由设计器',
    'app.loading': '正在加载…',
    'toolbar.label': '主工具栏',
    'toolbar.undo': '撤销',
    'toolbar.redo': '重做',
    'toolbar.undoHint': '撤销上一次更改 (Ctrl+Z)',
    'toolbar.redoHint': '重做 (Ctrl+Shift+Z)',
    'toolbar.language': '语言',
    'toolbar.theme': '主题',
    'theme.light': '浅色',
    'theme.dark': '深色',
    'theme.system': '跟随系统',
    'region.canvas': '路由图',
    'region.editor': 'YAML',
    'editor.label': 'YAML 编辑器',
    'language.en': 'English',
    'language.zh-Hans': '简体中文',
    'language.zh-Hant': '繁體中文',
  },
  'zh-Hant': {
    'app.name': 'Switchyard',
    'app.tagline': 'Gateway API 路由設計器',
    'app.loading': '正在載入…',
    'toolbar.label': '主工具列',
    'toolbar.undo': '復原',
    'toolbar.redo': '重做',
    'toolbar.undoHint': '復原上一次變更 (Ctrl+Z)',
    'toolbar.redoHint': '重做 (Ctrl+Shift+Z)',
    'toolbar.language': '語言',
    'toolbar.theme': '主題',
    'theme.light': '淺色',
    'theme.dark': '深色',
    'theme.system': '跟隨系統',
    'region.canvas': '路由圖',
    'region.editor': 'YAML',
    'editor.label': 'YAML 編輯器',
    'language.en': 'English',
    'language.zh-Hans': '简体中文',
    'language.zh-Hant': '繁體中文',
  },
});
