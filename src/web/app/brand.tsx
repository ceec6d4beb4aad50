import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../components/links.tsx';

export function Brand() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/" fw={700} fz="lg" c="trellis.9" underline="never" aria-label={t('nav.homeLink')}>
      Trellis
    </AnchorLink>
  );
}
