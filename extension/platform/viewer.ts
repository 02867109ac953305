import { viewerOf, type Viewer } from '../org/viewer';
import { settings } from './settings';

/** The viewer as the settings say now. */
export async function readViewer(): Promise<Viewer> {
  const [localOnly, apiToken, advisor] = await Promise.all([
    settings.localOnly.getValue(),
    settings.apiToken.getValue(),
    settings.advisor.getValue(),
  ]);
  return viewerOf({ localOnly, apiToken, advisor });
}

/** Calls back when a setting that decides the viewer changes; returns the stop function. */
export function watchViewer(onChange: (viewer: Viewer) => void): () => void {
  const stops = [settings.localOnly, settings.apiToken, settings.advisor].map((item) => item.watch(() => void readViewer().then(onChange)));
  return () => stops.forEach((stop) => stop());
}
