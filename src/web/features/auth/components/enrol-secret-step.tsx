import { Button, Checkbox, Code, CopyButton, Group, Image, List, Stack, Text, Title } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwoFactorSecret } from '../api/enable-two-factor.ts';

/** Step 2: the secret for the app (QR code and the otpauth URI as text) and the recovery codes. */
export function EnrolSecretStep({ secret, onSaved }: { secret: TwoFactorSecret; onSaved: () => void }) {
  const { t } = useTranslation();
  const [qrCode, setQrCode] = useState<string | null>(null);
  const [hasSaved, setHasSaved] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    void QRCode.toDataURL(secret.totpURI, { margin: 2, width: 220, errorCorrectionLevel: 'M' }).then((url) => {
      if (isCurrent) setQrCode(url);
    });
    return () => {
      isCurrent = false;
    };
  }, [secret.totpURI]);
  const codes = secret.backupCodes.join('\n');
  return (
    <Stack>
      <Title order={2}>{t('twoFactor.scanTitle')}</Title>
      <Text>{t('twoFactor.scanExplain')}</Text>
      {qrCode && <Image src={qrCode} alt={t('twoFactor.qrAlt')} w={220} h={220} />}
      <Text size="sm">{t('twoFactor.uriExplain')}</Text>
      <Code block data-testid="otpauth-uri" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
        {secret.totpURI}
      </Code>
      <Title order={2}>{t('twoFactor.codesTitle')}</Title>
      <Text>{t('twoFactor.codesExplain')}</Text>
      <List spacing={4} ff="monospace" aria-label={t('twoFactor.codesTitle')}>
        {secret.backupCodes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group>
        <CopyButton value={codes}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t('twoFactor.copied') : t('twoFactor.copyCodes')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Checkbox
        label={t('twoFactor.savedCodes')}
        checked={hasSaved}
        onChange={(event) => setHasSaved(event.currentTarget.checked)}
      />
      <Button disabled={!hasSaved} onClick={onSaved}>
        {t('common.next')}
      </Button>
    </Stack>
  );
}
