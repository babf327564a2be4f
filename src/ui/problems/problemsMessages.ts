import { defineMessages } from '../i18n/defineMessages.ts';

/**
 * Messages of the Problems panel (diagnostic messages themselves: `diagnosticTranslations.ts`).
 * English; the Chinese translations (`problemsTranslations.ts`) load on demand.
 */
export const problemsMessages = defineMessages({
  'problems.region': 'Problems',
  'problems.filters': 'Show problems by severity',
  'problems.errors': 'Errors {count}',
  'problems.warnings': 'Warnings {count}',
  'problems.infos': 'Info {count}',
  'problems.none': 'No problems found.',
  'problems.allHidden': 'No problems of the severities shown.',
  'problems.checking': 'Checking…',
  'problems.line': 'line {line}',
  'problems.more': 'Show {count} more ({total} not shown)',
  'problems.failed': 'The check stopped with an internal error: {error}',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
});
