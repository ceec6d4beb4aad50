import { notifications } from '@mantine/notifications';
import { i18n } from './i18n.ts';

/** A short confirmation after an action; its close button is named for screen readers. */
export function notifyDone(message: string): void {
  notifications.show({
    message,
    color: 'trellis',
    autoClose: 6000,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
