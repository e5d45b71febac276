/**
 * <FullScreen label="…">drawing</FullScreen>: a drawing the reader can open
 * full screen. The button sits in the drawing's top-right corner (absolutely
 * placed, so it shifts nothing when it appears) and exists only in the
 * browser, since it needs JavaScript. Opening fills the viewport with the
 * drawing at a readable size (a fixed overlay, which also works on phones
 * without the Fullscreen API) and, where the browser allows, asks for real
 * full screen too. Close with the button or Escape; focus returns to the
 * button.
 */
import {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from './styles.module.css';

export default function FullScreen({label, children}: {label: string; children: ReactNode}): ReactNode {
  const isBrowser = useIsBrowser();
  const frame = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const el = frame.current;
    const toggle = button.current;
    if (!open || !el) return;
    const close = () => setOpen(false);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    const onChange = () => document.fullscreenElement !== el && close();
    document.addEventListener('keydown', onKey);
    if (document.fullscreenEnabled) {
      el.requestFullscreen()
        .then(() => document.addEventListener('fullscreenchange', onChange))
        .catch(() => undefined);
    }
    toggle?.focus();
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === el) void document.exitFullscreen().catch(() => undefined);
      toggle?.focus();
    };
  }, [open]);

  return (
    <div ref={frame} className={clsx(styles.frame, open && styles.open)} {...(open ? {role: 'dialog', 'aria-modal': true, 'aria-label': label} : {})}>
      {isBrowser && (
        <button
          ref={button}
          type="button"
          className={clsx('button button--sm button--secondary', styles.button)}
          aria-label={`${open ? 'Close full screen' : 'Full screen'}: ${label}`}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Close full screen' : 'Full screen'}
        </button>
      )}
      {children}
    </div>
  );
}
