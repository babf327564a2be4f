import { defineMessages } from '../i18n/defineMessages.ts';

/**
 * Messages of share links.
 * English; the Chinese translations (`shareTranslations.ts`) load on demand.
 */
export const shareMessages = defineMessages({
  'share.button': 'Share',
  'share.hint':
    'Put the documents and their layout into a link, in the address bar and on the clipboard',
  'share.copied':
    'The link is in the address bar and copied: anyone who opens it sees these documents.',
  'share.inAddressBar':
    'The link is in the address bar; copy it from there (the clipboard could not be used).',
  'share.tooLong':
    'These documents make a link of {length} characters, more than the {limit} that links can be trusted to carry through chat, mail and trackers. Share the YAML file instead.',
  'share.downloadYaml': 'Download YAML',
  'share.damaged':
    'This share link is damaged (cut short or changed), so nothing of it was opened. Your work is as it was.',
  'share.tooLarge':
    'This share link holds more than Switchyard opens ({limit} MiB), so nothing of it was opened. Your work is as it was.',
  'share.newer':
    'This share link was made by a newer version of Switchyard, so it was not opened. Your work is as it was.',
  'share.bannerLabel': 'Shared link',
  'share.incoming':
    'You are looking at documents from a shared link. Your own work is set aside: keep these to make them your work, or discard them to go back.',
  'share.keep': 'Keep',
  'share.discard': 'Discard',
});
