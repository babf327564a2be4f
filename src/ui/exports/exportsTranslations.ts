import { defineTranslations } from '../i18n/defineMessages.ts';
import { exportsMessages } from './exportsMessages.ts';

/**
 * Messages of the exports for documentation: Mermaid, SVG and PNG.
 * In Chinese: loaded only when the interface language is Chinese.
 */
export const exportsTranslations = defineTranslations(exportsMessages, {
  'zh-Hans': {
    'exports.copyMermaid': '复制为 Mermaid',
    'exports.downloadSvg': '下载 SVG',
    'exports.downloadPng': '下载 PNG',
    'exports.mermaidCopied':
      '关系图已作为 Mermaid 流程图复制到剪贴板（与 switchyard graph --format mermaid 相同）。',
    'exports.copyFailed': '无法复制 Mermaid 流程图：{detail}',
    'exports.noGraph': '画布上还没有可绘制的关系图。',
    'exports.imageFailed': '无法生成图片：{detail}',
  },
  'zh-Hant': {
    'exports.copyMermaid': '複製為 Mermaid',
    'exports.downloadSvg': '下載 SVG',
    'exports.downloadPng': '下載 PNG',
    'exports.mermaidCopied':
      '關係圖已作為 Mermaid 流程圖複製到剪貼簿（與 switchyard graph --format mermaid 相同）。',
    'exports.copyFailed': '無法複製 Mermaid 流程圖：{detail}',
    'exports.noGraph': '畫布上還沒有可繪製的關係圖。',
    'exports.imageFailed': '無法產生圖片：{detail}',
  },
});
