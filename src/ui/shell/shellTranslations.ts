import { defineTranslations } from '../i18n/defineMessages.ts';
import { shellMessages } from './shellMessages.ts';

/**
 * Messages of the workbench shell: toolbar actions, the bottom dock, notices, the empty state.
 * In Chinese: loaded only when the interface language is Chinese.
 */
export const shellTranslations = defineTranslations(shellMessages, {
  'zh-Hans': {
    'toolbar.import': '导入',
    'toolbar.importHint': '打开 YAML 文件，替换当前文档 (Ctrl+O)',
    'toolbar.export': '导出',
    'toolbar.exportHint': '下载或复制 YAML',
    'toolbar.exportMenu': '导出',
    'toolbar.format': '格式化',
    'toolbar.formatHint': '格式化文档：按 kubectl 的键顺序、两个空格缩进，保留注释 (Shift+Alt+F)',
    'toolbar.saveStatus': '保存状态',
    'save.saved': '已保存在此浏览器中',
    'save.conflict': '保存已暂停：另一个标签页有更改',
    'save.full': '未保存：存储空间已满',
    'save.unavailable': '未保存：存储已关闭',
    'save.newer': '未保存：此处保存的是更新版本的数据',
    'save.done': '你的工作会在输入时自动保存在此浏览器中。要保留文件，请使用“导出 → 下载 YAML”。',
    'format.unformatted_one': '{count} 个文档无法按 YAML 读取，已保持原样。',
    'format.unformatted_other': '{count} 个文档无法按 YAML 读取，已保持原样。',
    'dock.label': '面板',
    'dock.problems': '问题',
    'dock.changes': '更改内容',
    'notice.dismiss': '关闭',
    'notice.region': '通知',
    'yaml.loadFailed': 'YAML 解析器未能加载，暂时无法编辑。请检查网络连接后重新加载页面。',
    'yaml.retry': '重试',
    'empty.title': '还没有资源',
    'empty.body':
      '导入 YAML 文件、把文件拖放到页面上，或在此处粘贴 YAML。也可以直接在 YAML 窗格中输入。',
    'empty.import': '导入 YAML…',
    'drop.hint': '拖放 YAML 文件即可导入',
  },
  'zh-Hant': {
    'toolbar.import': '匯入',
    'toolbar.importHint': '開啟 YAML 檔案，取代目前的文件 (Ctrl+O)',
    'toolbar.export': '匯出',
    'toolbar.exportHint': '下載或複製 YAML',
    'toolbar.exportMenu': '匯出',
    'toolbar.format': '格式化',
    'toolbar.formatHint': '格式化文件：依 kubectl 的鍵順序、兩個空格縮排，保留註解 (Shift+Alt+F)',
    'toolbar.saveStatus': '儲存狀態',
    'save.saved': '已儲存在此瀏覽器中',
    'save.conflict': '儲存已暫停：另一個分頁有變更',
    'save.full': '未儲存：儲存空間已滿',
    'save.unavailable': '未儲存：儲存功能已關閉',
    'save.newer': '未儲存：此處儲存的是較新版本的資料',
    'save.done': '你的工作會在輸入時自動儲存在此瀏覽器中。要保留檔案，請使用「匯出 → 下載 YAML」。',
    'format.unformatted_one': '{count} 個文件無法以 YAML 讀取，已保持原樣。',
    'format.unformatted_other': '{count} 個文件無法以 YAML 讀取，已保持原樣。',
    'dock.label': '面板',
    'dock.problems': '問題',
    'dock.changes': '變更內容',
    'notice.dismiss': '關閉',
    'notice.region': '通知',
    'yaml.loadFailed': 'YAML 解析器未能載入，暫時無法編輯。請檢查網路連線後重新載入頁面。',
    'yaml.retry': '重試',
    'empty.title': '還沒有資源',
    'empty.body':
      '匯入 YAML 檔案、將檔案拖放到頁面上，或在此處貼上 YAML。也可以直接在 YAML 窗格中輸入。',
    'empty.import': '匯入 YAML…',
    'drop.hint': '拖放 YAML 檔案即可匯入',
  },
});
