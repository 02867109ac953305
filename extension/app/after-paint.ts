/** Calls `then` once the current frame is on screen (the next task after the next frame). */
export const afterPaint = (then: () => void): void => void requestAnimationFrame(() => setTimeout(then, 0));
