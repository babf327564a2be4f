import { defineTranslations } from '../i18n/defineMessages.ts';
import { editorMessages } from './editorMessages.ts';

/**
 * Messages of the YAML pane and the "What changed" view.
 * In Chinese: loaded only when the interface language is Chinese.
 */
export const editorTranslations = defineTranslations(editorMessages, {
  'zh-Hans': {
    'editor.commandUndo': '撤销',
    'editor.commandRedo': '重做',
    'editor.commandFormat': '格式化文档',
    'editor.commandSave': '保存在此浏览器中',
    'editor.loadFailed': '代码编辑器未能加载，因此 YAML 以纯文本显示。所有功能仍可使用。',
    'editor.broken': '第 {line} 行的文本无法按 YAML 读取。路由图显示的是最后一个可读取的版本。',
    'editor.brokenNoLine': '文本无法按 YAML 读取。路由图显示的是最后一个可读取的版本。',
    'editor.goToError': '转到错误处',
    'changes.none': '自打开或导入文档以来没有更改。',
    'changes.label': '与打开或导入时的文档之间的差异',
    'changes.summary': '左侧：打开或导入时。右侧：现在。',
  },
  'zh-Hant': {
    'editor.commandUndo': '復原',
    'editor.commandRedo': '重做',
    'editor.commandFormat': '格式化文件',
    'editor.commandSave': '儲存在此瀏覽器中',
    'editor.loadFailed': '程式碼編輯器無法載入，因此 YAML 以純文字顯示。所有功能仍可使用。',
    'editor.broken': '第 {line} 行的文字無法以 YAML 讀取。路由圖顯示的是最後一個可讀取的版本。',
    'editor.brokenNoLine': '文字無法以 YAML 讀取。路由圖顯示的是最後一個可讀取的版本。',
    'editor.goToError': '前往錯誤處',
    'changes.none': '自開啟或匯入文件以來沒有變更。',
    'changes.label': '與開啟或匯入時的文件之間的差異',
    'changes.summary': '左側：開啟或匯入時。右側：現在。',
  },
});
