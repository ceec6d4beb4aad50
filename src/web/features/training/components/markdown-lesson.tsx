import { Anchor, Title, Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';

// Headings in a lesson sit under the page's h1 and the lesson's h2, so they start at h3.
const components: Components = {
  h1: ({ children }) => <Title order={3}>{children}</Title>,
  h2: ({ children }) => <Title order={3}>{children}</Title>,
  h3: ({ children }) => <Title order={4}>{children}</Title>,
  h4: ({ children }) => <Title order={5}>{children}</Title>,
  a: ({ href, children }) => (
    <Anchor href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </Anchor>
  ),
};

/**
 * A lesson written in Markdown. react-markdown builds React elements (never innerHTML) and
 * skipHtml drops any raw HTML in the text, so a module cannot inject markup or script.
 */
export function MarkdownLesson({ body }: { body: string }) {
  return (
    <Typography>
      <Markdown skipHtml components={components}>
        {body}
      </Markdown>
    </Typography>
  );
}
