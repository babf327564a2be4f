import { defineTranslations } from '../i18n/defineMessages.ts';
import { persistenceMessages } from './persistenceMessages.ts';

/**
 * Messages about the work kept in this browser.
 * In Chinese: loaded only when the interface language is Chinese.
 */
export const persistenceTranslations = defineTranslations(persistenceMessages, {
  'zh-Hans': {
    'storage.corrupt': '此浏览器中保存的工作无法读取（数据已损坏）。数据已保留，可以下载查看。',
    'storage.corruptFellBack':
      '此浏览器中最新保存的工作无法读取（数据已损坏），因此恢复了之前的一次保存。损坏的数据已保留，可以下载查看。',
    'storage.foreign':
      '此浏览器中以 Switchyard 名义保存的数据不是 Switchyard 的工作。数据已保留，可以下载查看。',
    'storage.newer':
      '此浏览器中保存的工作来自更新版本的 Switchyard。它将保持原样，此处所做的更改不会保存：请重新加载页面以使用新版本，或下载你的工作。',
    'storage.full': '无法在此浏览器中保存你的工作：存储空间已满。请下载 YAML 以保留副本。',
    'storage.unavailable':
      '此浏览器不允许 Switchyard 在此保存，因此你的工作只存在于此页面中。请下载 YAML 以保留副本。',
    'storage.autosaveFailed':
      '无法在此浏览器中开始保存，因此你的工作只存在于此页面中。请下载 YAML 保留一份副本，然后重新加载页面。',
    'storage.conflict':
      'Switchyard 在另一个标签页中被更改。此处的保存已暂停，以免两个标签页互相覆盖。',
    'storage.loadOther': '载入另一个标签页的工作',
    'storage.keepMine': '保留此标签页的工作',
    'storage.downloadData': '下载保存的数据',
    'storage.downloadYaml': '下载 YAML',
  },
  'zh-Hant': {
    'storage.corrupt': '此瀏覽器中儲存的工作無法讀取（資料已損毀）。資料已保留，可以下載檢視。',
    'storage.corruptFellBack':
      '此瀏覽器中最新儲存的工作無法讀取（資料已損毀），因此還原了前一次的儲存。損毀的資料已保留，可以下載檢視。',
    'storage.foreign':
      '此瀏覽器中以 Switchyard 名義儲存的資料不是 Switchyard 的工作。資料已保留，可以下載檢視。',
    'storage.newer':
      '此瀏覽器中儲存的工作來自較新版本的 Switchyard。它將保持原樣，此處所做的變更不會儲存：請重新載入頁面以使用新版本，或下載你的工作。',
    'storage.full': '無法在此瀏覽器中儲存你的工作：儲存空間已滿。請下載 YAML 以保留副本。',
    'storage.unavailable':
      '此瀏覽器不允許 Switchyard 在此儲存，因此你的工作只存在於此頁面中。請下載 YAML 以保留副本。',
    'storage.autosaveFailed':
      '無法在此瀏覽器中開始儲存，因此你的工作只存在於此頁面中。請下載 YAML 保留一份副本，然後重新載入頁面。',
    'storage.conflict': 'Switchyard 在另一個分頁中被變更。此處的儲存已暫停，以免兩個分頁互相覆寫。',
    'storage.loadOther': '載入另一個分頁的工作',
    'storage.keepMine': '保留此分頁的工作',
    'storage.downloadData': '下載儲存的資料',
    'storage.downloadYaml': '下載 YAML',
  },
});
