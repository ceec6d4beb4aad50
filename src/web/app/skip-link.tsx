import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

/** The first tab stop: straight to the page's content, past header and navigation. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main" className={classes.skipLink}>
      {t('nav.skipToContent')}
    </a>
  );
}
