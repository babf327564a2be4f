import { defineTranslations } from '../i18n/defineMessages.ts';
import { shareMessages } from './shareMessages.ts';

/**
 * Messages of share links.
 * In Chinese: loaded only when the interface language is Chinese.
 */
export const shareTranslations = defineTranslations(shareMessages, {
  'zh-Hans': {
    'share.button': '分享',
    'share.hint': '把文档及其布局放进链接，写入地址栏并复制到剪贴板',
    'share.copied': '链接已在地址栏中并已复制：任何打开它的人都会看到这些文档。',
    'share.inAddressBar': '链接已在地址栏中；请从那里复制（无法使用剪贴板）。',
    'share.tooLong':
      '这些文档生成的链接有 {length} 个字符，超过了聊天、邮件和问题跟踪工具能可靠传递的 {limit} 个字符。请改为分享 YAML 文件。',
    'share.downloadYaml': '下载 YAML',
    'share.damaged':
      '此分享链接已损坏（被截断或修改），因此没有打开其中任何内容。你的工作保持不变。',
    'share.tooLarge':
      '此分享链接的内容超过了 Switchyard 能打开的大小（{limit} MiB），因此没有打开。你的工作保持不变。',
    'share.newer': '此分享链接由更新版本的 Switchyard 生成，因此没有打开。你的工作保持不变。',
    'share.bannerLabel': '分享的链接',
    'share.incoming':
      '你正在查看分享链接中的文档。你自己的工作已暂存：保留这些文档即可作为你的工作，或放弃以返回。',
    'share.keep': '保留',
    'share.discard': '放弃',
  },
  'zh-Hant': {
    'share.button': '分享',
    'share.hint': '把文件及其版面配置放進連結，寫入網址列並複製到剪貼簿',
    'share.copied': '連結已在網址列中並已複製：任何開啟它的人都會看到這些文件。',
    'share.inAddressBar': '連結已在網址列中；請從那裡複製（無法使用剪貼簿）。',
    'share.tooLong':
      '這些文件產生的連結有 {length} 個字元，超過了聊天、郵件與問題追蹤工具能可靠傳遞的 {limit} 個字元。請改為分享 YAML 檔案。',
    'share.downloadYaml': '下載 YAML',
    'share.damaged':
      '此分享連結已損毀（被截斷或修改），因此沒有開啟其中任何內容。你的工作維持不變。',
    'share.tooLarge':
      '此分享連結的內容超過了 Switchyard 能開啟的大小（{limit} MiB），因此沒有開啟。你的工作維持不變。',
    'share.newer': '此分享連結由較新版本的 Switchyard 產生，因此沒有開啟。你的工作維持不變。',
    'share.bannerLabel': '分享的連結',
    'share.incoming':
      '你正在檢視分享連結中的文件。你自己的工作已暫存：保留這些文件即可作為你的工作，或捨棄以返回。',
    'share.keep': '保留',
    'share.discard': '捨棄',
  },
});
