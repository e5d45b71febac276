/**
 * Plain text where `backticks` mark inline code, as used by the typed data in
 * src/data and the rules in src/lib. Always rendered as text, never as HTML.
 */
import type {ReactNode} from 'react';
import {splitCode} from '@site/src/lib/comparison';

export default function CodeText({text}: {text: string}): ReactNode {
  return splitCode(text).map((part, i) => (typeof part === 'string' ? part : <code key={i}>{part.code}</code>));
}
