import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { onTestFinished } from 'vitest';

/**
 * Renders a view into the happy-dom document and returns its root. The view is unmounted
 * when the test finishes, so a live query answering late renders into nothing.
 */
export async function renderInto(view: ComponentChildren): Promise<HTMLElement> {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(view, root));
  onTestFinished(() => render(null, root));
  return root;
}

/** The form control a <label> names (by `for`, or the control inside it). */
export function byLabel(root: ParentNode, text: string): HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const control = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input, textarea, select');
  if (!control) throw new Error(`label "${text}" names no control`);
  return control as HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement;
}

export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Types into a control the way the browser reports it: the value changes, then an input event. */
export async function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(el: HTMLElement): Promise<void> {
  await act(() => el.click());
}

export async function press(el: HTMLElement, key: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}): Promise<void> {
  await act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods }));
  });
}

/**
 * Every control a person can operate, without an accessible name: no label, aria-label or
 * text. A control listed here cannot be found by a screen reader (or by the e2e tests).
 */
export function unnamedControls(root: ParentNode): string[] {
  const named = (el: Element) =>
    !!el.getAttribute('aria-label')?.trim() ||
    (el.id && !!document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim()) ||
    !!el.closest('label')?.textContent?.trim() ||
    (el.tagName === 'BUTTON' && !!el.textContent?.trim());
  return [...root.querySelectorAll('input, textarea, select, button')].filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 80));
}
