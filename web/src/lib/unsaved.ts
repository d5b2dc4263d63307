// Unsaved changes: forms register whether they hold edits; moving elsewhere in the app (links,
// Back/Forward, sign-out) asks first, and closing or reloading the tab gets the browser's own
// question (beforeunload). A form that saved or discarded reports itself clean, so that never asks.
import { t } from './i18n/index.svelte';

const guards = new Set<() => boolean>();

/** Registers a form's "has unsaved edits" test; returns the function that removes it. */
export function guardUnsaved(isDirty: () => boolean): () => void {
  guards.add(isDirty);
  return () => { guards.delete(isDirty); };
}

export function hasUnsaved(): boolean {
  for (const g of guards) if (g()) return true;
  return false;
}

/** Whether leaving may go ahead: no unsaved edits, or the person said so. */
export function confirmLeave(ask: (message: string) => boolean = (m) => window.confirm(m)): boolean {
  return !hasUnsaved() || ask(t('form.unsavedConfirm'));
}

/** beforeunload: the browser asks before a tab with unsaved edits is closed or reloaded. */
export function onBeforeUnload(e: BeforeUnloadEvent) {
  if (!hasUnsaved()) return;
  e.preventDefault();
  e.returnValue = '';  // older Chromium asks only when returnValue is set
}
