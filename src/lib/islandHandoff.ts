/**
 * Carrying what a reader did to a tool's server-rendered HTML over to the live
 * component that replaces it (src/components/LazyIsland). The live markup is
 * identical to the server markup, so an element is identified by its path of
 * child indexes from the island's root.
 *
 * DOM only, no React.
 */

export type Path = number[];

export type Handoff = {
  focus: Path | null;
  /** Text typed into fields before the swap: path and value. */
  values: [Path, string][];
  /** The first click, or key press outside a text field, made before the swap. */
  action: {kind: 'click'; path: Path} | {kind: 'key'; path: Path; init: KeyboardEventInit} | null;
};

export function pathOf(root: Node, node: Node | null): Path | null {
  const path: Path = [];
  let n: Node | null = node;
  while (n && n !== root) {
    const parent: Node | null = n.parentNode;
    if (!parent) return null;
    path.unshift(Array.prototype.indexOf.call(parent.childNodes, n));
    n = parent;
  }
  return n === root ? path : null;
}

export function nodeAt(root: Node, path: Path): Node | null {
  let n: Node | null = root;
  for (const i of path) {
    n = n?.childNodes[i] ?? null;
    if (!n) return null;
  }
  return n;
}

function isTextField(el: EventTarget | null): el is HTMLInputElement | HTMLTextAreaElement {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && /^(text|search|number|url|email|tel|)$/.test(el.type);
}

/** Keys that move focus or are handled by the browser itself: never held. */
const PASS_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

/**
 * Start holding: the first click (or key press outside a text field) inside
 * `root` is stopped and remembered, and `onIntent` is called. `stop()`
 * returns what to hand over.
 */
export function captureHandoff(root: HTMLElement, onIntent: () => void): {stop: () => Handoff} {
  const handoff: Handoff = {focus: null, values: [], action: null};
  let stopped = false;
  const onClick = (e: MouseEvent) => {
    const path = pathOf(root, e.target as Node);
    if (!path) return;
    e.preventDefault();
    e.stopPropagation();
    handoff.action ??= {kind: 'click', path};
    onIntent();
  };
  const onKey = (e: KeyboardEvent) => {
    if (PASS_KEYS.has(e.key) || isTextField(e.target)) return;
    const path = pathOf(root, e.target as Node);
    if (!path) return;
    e.preventDefault();
    e.stopPropagation();
    handoff.action ??= {kind: 'key', path, init: {key: e.key, code: e.code, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey}};
    onIntent();
  };
  root.addEventListener('click', onClick, true);
  root.addEventListener('keydown', onKey, true);
  return {
    stop() {
      if (stopped) return handoff;
      stopped = true;
      root.removeEventListener('click', onClick, true);
      root.removeEventListener('keydown', onKey, true);
      const active = document.activeElement;
      handoff.focus = active && root.contains(active) ? pathOf(root, active) : null;
      root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea').forEach((field) => {
        if (isTextField(field) && field.value !== field.defaultValue) {
          const p = pathOf(root, field);
          if (p) handoff.values.push([p, field.value]);
        }
      });
      return handoff;
    },
  };
}

/** Set a field's value so that React's onChange sees it. */
function setFieldValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', {bubbles: true}));
}

const ACTIVATE = new Set(['Enter', ' ']);

export function replayHandoff(root: HTMLElement, handoff: Handoff): void {
  for (const [path, value] of handoff.values) {
    const field = nodeAt(root, path);
    if (isTextField(field)) setFieldValue(field, value);
  }
  if (handoff.focus) (nodeAt(root, handoff.focus) as HTMLElement | null)?.focus?.();
  const action = handoff.action;
  if (!action) return;
  const target = nodeAt(root, action.path) as HTMLElement | null;
  if (!target) return;
  if (action.kind === 'click') {
    target.click();
    return;
  }
  const event = new KeyboardEvent('keydown', {...action.init, bubbles: true, cancelable: true});
  const handled = !target.dispatchEvent(event);
  // A synthetic key press does not activate controls; do what the browser would have.
  if (!handled && ACTIVATE.has(action.init.key ?? '') && target.matches('button, a[href], input[type="checkbox"], input[type="radio"], summary')) {
    target.click();
  }
}
