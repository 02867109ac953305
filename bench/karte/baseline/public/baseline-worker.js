// Empty on purpose: a running service worker is how the benchmark learns this extension's id.
