/** Puts text on the clipboard; false when the browser refused (the page then asks to select and copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (e) {
    console.warn('clipboard refused', e);
    return false;
  }
}
