/**
 * Wraps the docs page body to show "Last verified against the sources: <date>"
 * right under the page title, from the page's `last_verified` front matter.
 * The original component renders the title and then its children (the MDX
 * body); we pass it the line followed by the body, so nothing else changes.
 * Server-rendered: the line is in the HTML with JavaScript off. Pages without
 * the field render as before (tests/unit/contentLastVerified.test.ts requires
 * it on every page). See src/theme/README.md.
 */
import type {ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import LastVerified from '@site/src/components/LastVerified';
import {lastVerifiedDate} from '@site/src/lib/lastVerified';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const {frontMatter} = useDoc();
  const date = lastVerifiedDate((frontMatter as Record<string, unknown>).last_verified);
  if (!date) return <Content {...props} />;
  return (
    <Content {...props}>
      <LastVerified date={date} />
      {props.children}
    </Content>
  );
}
