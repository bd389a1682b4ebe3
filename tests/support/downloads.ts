import { vi } from 'vitest';

/** Catches the files the app hands to the browser as downloads (src/lib/download.ts). */
export function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((object: Blob | MediaSource) => {
    blob = object as Blob;
    return 'blob:download';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: blob! });
  });
  return files;
}
