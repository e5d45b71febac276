/**
 * The form handoff of a lazy island (see ./index.tsx): what the reader changed
 * in the server-rendered form goes into the URL, which the live tool reads.
 */

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type FocusedField = {name: string; value: string; text: boolean};

function isChanged(el: Element): el is Field {
  if (el instanceof HTMLInputElement) {
    if (el.type === 'checkbox' || el.type === 'radio') return el.checked !== el.defaultChecked;
    return el.value !== el.defaultValue;
  }
  if (el instanceof HTMLTextAreaElement) return el.value !== el.defaultValue;
  if (el instanceof HTMLSelectElement) return Array.from(el.options).some((o) => o.selected !== o.defaultSelected);
  return false;
}

const isText = (el: Element | null): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !['checkbox', 'radio', 'submit', 'button', 'reset', 'hidden'].includes(el.type));

/**
 * Copy the changed fields of every form in `root` into the URL
 * (history.replaceState; a field left empty removes its parameter) and
 * return the focused field, to focus its live twin.
 */
export function copyFormsToUrl(root: HTMLElement): FocusedField | null {
  const url = new URL(window.location.href);
  let changed = false;
  for (const form of Array.from(root.querySelectorAll('form'))) {
    // A form that submits elsewhere (the search box) carries no state of this page.
    if (form.hasAttribute('action')) continue;
    const data = new FormData(form);
    const names = new Set(
      Array.from(form.elements)
        .filter((el) => isChanged(el) && el.name)
        .map((el) => (el as Field).name),
    );
    for (const name of names) {
      url.searchParams.delete(name);
      for (const v of data.getAll(name)) if (typeof v === 'string' && v !== '') url.searchParams.append(name, v);
      changed = true;
    }
  }
  if (changed) window.history.replaceState(window.history.state, '', url);
  const active = document.activeElement;
  if (!active || !root.contains(active)) return null;
  const text = isText(active);
  const name = active.getAttribute('name') ?? '';
  return name || text ? {name, value: (active as Field).value ?? '', text} : null;
}

/** Focus the live field with the same name (and value, for a radio or checkbox). */
export function restoreFocus(root: HTMLElement, f: FocusedField): void {
  const candidates = f.name ? Array.from(root.querySelectorAll<HTMLElement>(`[name="${CSS.escape(f.name)}"]`)) : [];
  let target = f.text ? candidates.find(isText) : candidates.find((el) => (el as Field).value === f.value);
  // A field the live tool does not name (the search box) is found by kind.
  if (!target && f.text) target = Array.from(root.querySelectorAll('input, textarea')).find(isText) as HTMLElement | undefined;
  if (!target) return;
  target.focus();
  if (isText(target) && f.text) {
    if (target.value === '' && f.value !== '') target.value = f.value;
    try {
      target.setSelectionRange(target.value.length, target.value.length);
    } catch {
      // Not every input type has a caret.
    }
  }
}
