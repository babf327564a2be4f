import { defineTranslations } from '../i18n/defineMessages.ts';
import { ioMessages } from './ioMessages.ts';

/**
 * Messages of import and export.
 * In Chinese: loaded only when the interface language is Chinese.
 */
export const ioTranslations = defineTranslations(ioMessages, {
  'zh-Hans': {
    'import.pickerLabel': '要导入的 YAML 文件',
    'import.tooLarge': '{file} 大小为 {size}，超过 {limit} 的上限，未导入。',
    'import.binary': '{file} 不是文本文件，未导入。',
    'import.notUtf8': '{file} 不是 UTF-8 文本，未导入。',
    'import.empty': '{file} 是空文件，没有导入任何内容。',
    'import.notYaml': '{file} 无法按 YAML 读取（第 {line} 行：{detail}），未导入。',
    'import.noResources': '{file} 中没有 Kubernetes 资源，未导入。',
    'import.unreadable': '无法读取 {file}：{detail}',
    'import.loadFailed': '导入功能未能加载，因此没有导入任何内容。请检查网络连接后重新加载页面。',
    'import.done': '已导入 {file}。撤销即可恢复之前的内容。',
    'paste.noResources': '粘贴的文本中没有 Kubernetes 资源，因此没有添加任何内容。',
    'paste.done_one': '已从剪贴板添加 {count} 个资源。',
    'paste.done_other': '已从剪贴板添加 {count} 个资源。',
    'export.download': '下载 YAML',
    'export.copy': '复制 YAML',
    'export.copied': 'YAML 已复制到剪贴板。',
    'export.copyFailed': '浏览器不允许复制：{detail}',
  },
  'zh-Hant': {
    'import.pickerLabel': '要匯入的 YAML 檔案',
    'import.tooLarge': '{file} 大小為 {size}，超過 {limit} 的上限，未匯入。',
    'import.binary': '{file} 不是文字檔，未匯入。',
    'import.notUtf8': '{file} 不是 UTF-8 文字，未匯入。',
    'import.empty': '{file} 是空檔案，沒有匯入任何內容。',
    'import.notYaml': '{file} 無法以 YAML 讀取（第 {line} 行：{detail}），未匯入。',
    'import.noResources': '{file} 中沒有 Kubernetes 資源，未匯入。',
    'import.unreadable': '無法讀取 {file}：{detail}',
    'import.loadFailed': '匯入功能未能載入，因此沒有匯入任何內容。請檢查網路連線後重新載入頁面。',
    'import.done': '已匯入 {file}。復原即可還原之前的內容。',
    'paste.noResources': '貼上的文字中沒有 Kubernetes 資源，因此沒有新增任何內容。',
    'paste.done_one': '已從剪貼簿新增 {count} 個資源。',
    'paste.done_other': '已從剪貼簿新增 {count} 個資源。',
    'export.download': '下載 YAML',
    'export.copy': '複製 YAML',
    'export.copied': 'YAML 已複製到剪貼簿。',
    'export.copyFailed': '瀏覽器不允許複製：{detail}',
  },
});
