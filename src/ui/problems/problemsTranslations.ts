import { defineTranslations } from '../i18n/defineMessages.ts';
import { problemsMessages } from './problemsMessages.ts';

/**
 * Messages of the Problems panel, in Chinese: loaded only when the interface language is Chinese.
 */
export const problemsTranslations = defineTranslations(problemsMessages, {
  'zh-Hans': {
    'problems.region': '问题',
    'problems.filters': '按严重程度显示问题',
    'problems.errors': '错误 {count}',
    'problems.warnings': '警告 {count}',
    'problems.infos': '信息 {count}',
    'problems.none': '没有发现问题。',
    'problems.allHidden': '没有所选严重程度的问题。',
    'problems.checking': '正在检查…',
    'problems.line': '第 {line} 行',
    'problems.more': '再显示 {count} 个（还有 {total} 个未显示）',
    'problems.failed': '检查因内部错误而停止：{error}',
    'severity.error': '错误',
    'severity.warning': '警告',
    'severity.info': '信息',
  },
  'zh-Hant': {
    'problems.region': '問題',
    'problems.filters': '依嚴重程度顯示問題',
    'problems.errors': '錯誤 {count}',
    'problems.warnings': '警告 {count}',
    'problems.infos': '資訊 {count}',
    'problems.none': '沒有發現問題。',
    'problems.allHidden': '沒有所選嚴重程度的問題。',
    'problems.checking': '正在檢查…',
    'problems.line': '第 {line} 行',
    'problems.more': '再顯示 {count} 個（還有 {total} 個未顯示）',
    'problems.failed': '檢查因內部錯誤而停止：{error}',
    'severity.error': '錯誤',
    'severity.warning': '警告',
    'severity.info': '資訊',
  },
});
