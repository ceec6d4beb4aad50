import { Paper, Tabs, Text, Textarea } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownLesson } from './markdown-lesson.tsx';

/** What a Mantine form's getInputProps gives a text field. */
interface TextInputProps {
  value?: string;
  onChange: (event: React.ChangeEvent<HTMLTextAreaElement>) => void;
  error?: ReactNode;
  onFocus?: () => void;
  onBlur?: () => void;
}

interface MarkdownEditorProps {
  label: string;
  description?: ReactNode;
  required?: boolean;
  /** The language the text is written in, so screen readers and spell checkers use it. */
  lang?: string;
  inputProps: TextInputProps;
}

/**
 * Markdown written in one tab and shown in the other exactly as readers will see it (the same
 * renderer as the lesson and agreement pages). A field error brings the writing tab back.
 */
export function MarkdownEditor({ label, description, required, lang, inputProps }: MarkdownEditorProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('write');
  const hasError = Boolean(inputProps.error);
  useEffect(() => {
    if (hasError) setTab('write');
  }, [hasError]);
  const text = inputProps.value ?? '';
  return (
    <Tabs value={tab} onChange={setTab} variant="outline">
      <Tabs.List aria-label={label}>
        <Tabs.Tab value="write">{t('markdownEditor.write')}</Tabs.Tab>
        <Tabs.Tab value="preview">{t('markdownEditor.preview')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          label={label}
          description={description ?? t('markdownEditor.hint')}
          required={required}
          lang={lang}
          autosize
          minRows={8}
          maxRows={24}
          {...inputProps}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <Paper withBorder p="md" lang={lang}>
          {text.trim() ? <MarkdownLesson body={text} /> : <Text c="dimmed">{t('markdownEditor.empty')}</Text>}
        </Paper>
      </Tabs.Panel>
    </Tabs>
  );
}
