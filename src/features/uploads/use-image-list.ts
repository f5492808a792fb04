import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toApiError } from '../../api/envelope';
import { chooseImages, uploadImage, type ChosenImage, type UploadFolder } from './upload';

export interface ImageItem {
  key: string;
  /** the stored address once uploaded (or from the start, for images the product already has) */
  url: string | null;
  /** what to show while uploading: the local file */
  preview: string;
  /** 0–100 while uploading */
  progress: number;
  /** the zh-CN reason when the upload failed */
  error: string | null;
}

export interface ImageList {
  items: ImageItem[];
  max: number;
  /** addresses of the uploaded images, in order */
  urls: string[];
  uploading: boolean;
  /** picks images (up to what is left of `max`) and uploads each, with progress */
  add: () => Promise<void>;
  remove: (key: string) => void;
  /** replaces the list with already stored images (when editing) */
  reset: (urls: string[]) => void;
}

let seq = 0;
const nextKey = () => `img-${++seq}`;

const stored = (url: string): ImageItem => ({ key: nextKey(), url, preview: url, progress: 100, error: null });

/** A list of images for a form field: at most `max`, uploaded as soon as they are chosen. */
export function useImageList(folder: UploadFolder, max: number, initial: string[] = []): ImageList {
  const [items, setItems] = useState<ImageItem[]>(() => initial.map(stored));
  const live = useRef(true);
  const count = useRef(items.length);
  count.current = items.length;

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const patch = useCallback((key: string, change: Partial<ImageItem>) => {
    if (!live.current) return;
    setItems((prev) => prev.map((it) => (it.key === key ? { ...it, ...change } : it)));
  }, []);

  const start = useCallback(
    (key: string, image: ChosenImage) => {
      uploadImage(image, folder, (progress) => patch(key, { progress: Math.max(0, Math.min(100, Math.round(progress))) }))
        .then((url) => patch(key, { url, progress: 100 }))
        .catch((err: unknown) => patch(key, { error: toApiError(err).message }));
    },
    [folder, patch],
  );

  const add = useCallback(async () => {
    const chosen = await chooseImages(max - count.current);
    if (!live.current || chosen.length === 0) return;
    const room = Math.max(0, max - count.current);
    const fresh = chosen.slice(0, room).map((image) => ({ image, item: { key: nextKey(), url: null, preview: image.path, progress: 0, error: null } }));
    count.current += fresh.length;
    setItems((prev) => [...prev, ...fresh.map((f) => f.item)]);
    for (const { image, item } of fresh) start(item.key, image);
  }, [max, start]);

  const remove = useCallback((key: string) => setItems((prev) => prev.filter((it) => it.key !== key)), []);
  const reset = useCallback((urls: string[]) => setItems(urls.map(stored)), []);

  return useMemo(() => {
    const urls = items.flatMap((it) => (it.url && !it.error ? [it.url] : []));
    const uploading = items.some((it) => !it.url && !it.error);
    return { items, max, urls, uploading, add, remove, reset };
  }, [items, max, add, remove, reset]);
}
