/**
 * The 2D canvas of a page and how it becomes an image file.
 * - <canvas type="2d" id="…"> (base library 2.9.0): https://developers.weixin.qq.com/miniprogram/dev/component/canvas.html
 *   Its node comes from a SelectorQuery: https://developers.weixin.qq.com/miniprogram/dev/api/wxml/SelectorQuery.html
 *   `wx.createSelectorQuery().select('#id').fields({ node: true, size: true }).exec(res => res[0].node)`;
 *   res[0] is null when nothing on the page matches.
 * - Canvas (https://developers.weixin.qq.com/miniprogram/dev/api/canvas/Canvas.html): width/height
 *   (the drawing buffer, set by code), getContext('2d'), createImage() (an image of another canvas may
 *   not be mixed in), toDataURL().
 * - wx.canvasToTempFilePath: https://developers.weixin.qq.com/miniprogram/dev/api/canvas/wx.canvasToTempFilePath.html
 *   `canvas` is "画布标识，传入 canvas 组件实例 (canvas type="2d" 时使用该属性)"; an earlier edition of the
 *   same page said "暂不支持离屏 canvas", and OffscreenCanvas's own page lists no way to export a file
 *   (https://developers.weixin.qq.com/miniprogram/dev/api/canvas/OffscreenCanvas.html). So this fake
 *   exports only canvas component nodes and refuses an OffscreenCanvas. fileType png|jpg, quality (0, 1],
 *   destWidth/destHeight default width/height × pixelRatio. success: { tempFilePath }.
 * - wx.createOffscreenCanvas({ type: '2d', width, height }) (2.16.1):
 *   https://developers.weixin.qq.com/miniprogram/dev/api/canvas/wx.createOffscreenCanvas.html
 */
import { expectType, fail, invoke, isLocalPath, onReset, wx } from './runtime';

export interface DrawOp {
  op: string;
  args: unknown[];
}

const COMPONENT = Symbol('canvas component node');

export interface FakeImage {
  src: string;
  width: number;
  height: number;
  complete: boolean;
  onload: (() => void) | null;
  onerror: ((e: unknown) => void) | null;
  owner: FakeCanvas;
}

/** Images the fake can load: local files, and https addresses the test lists (downloadable domains). */
export const network = { https: new Set<string>() };

export class FakeContext2D {
  fillStyle: string = '#000000';
  strokeStyle: string = '#000000';
  font: string = '10px sans-serif';
  textBaseline: string = 'alphabetic';
  textAlign: string = 'start';
  readonly ops: DrawOp[] = [];
  constructor(private readonly canvas: FakeCanvas) {}
  private rec(op: string, ...args: unknown[]): void {
    this.ops.push({ op, args });
  }
  fillRect(...a: number[]): void {
    this.rec('fillRect', this.fillStyle, ...a);
  }
  fillText(text: string, x: number, y: number): void {
    this.rec('fillText', text, x, y, this.font);
  }
  measureText(text: string): { width: number } {
    const px = Number(/(\d+)px/.exec(this.font)?.[1] ?? 10);
    return { width: Array.from(text).length * px };
  }
  drawImage(img: FakeImage, ...a: number[]): void {
    if (img.owner !== this.canvas) throw new TypeError('drawImage: an image of another canvas cannot be drawn here (Canvas.createImage)');
    if (!img.complete) {
      this.rec('drawImage:not-loaded', img.src);
      return;
    }
    this.rec('drawImage', img.src, ...a);
  }
  save(): void {
    this.rec('save');
  }
  restore(): void {
    this.rec('restore');
  }
  beginPath(): void {
    this.rec('beginPath');
  }
  rect(...a: number[]): void {
    this.rec('rect', ...a);
  }
  clip(): void {
    this.rec('clip');
  }
  scale(...a: number[]): void {
    this.rec('scale', ...a);
  }
  clearRect(...a: number[]): void {
    this.rec('clearRect', ...a);
  }
}

export class FakeCanvas {
  width: number;
  height: number;
  readonly ctx: FakeContext2D;
  [COMPONENT]: boolean;
  constructor(
    readonly type: '2d' | 'webgl',
    width: number,
    height: number,
    component: boolean,
    readonly id: string = '',
  ) {
    this.width = width;
    this.height = height;
    this.ctx = new FakeContext2D(this);
    this[COMPONENT] = component;
  }
  getContext(kind: string): FakeContext2D | null {
    return kind === '2d' && this.type === '2d' ? this.ctx : null;
  }
  createImage(): FakeImage {
    return makeImage(this);
  }
  toDataURL(): string {
    return 'data:image/png;base64,iVBORw0KGgo=';
  }
}

function makeImage(owner: FakeCanvas): FakeImage {
  let src = '';
  const img: FakeImage = {
    width: 0,
    height: 0,
    complete: false,
    onload: null,
    onerror: null,
    owner,
    get src() {
      return src;
    },
    set src(value: string) {
      src = value;
      const loadable = (isLocalPath(value) && wx.files.has(value)) || network.https.has(value);
      setTimeout(() => {
        if (loadable) {
          img.width = 800;
          img.height = 600;
          img.complete = true;
          img.onload?.();
        } else {
          img.onerror?.({ errMsg: `image load fail: ${value.slice(0, 40)}` });
        }
      }, 0);
    },
  };
  return img;
}

/** The canvas components on the current page (mounted by the <Canvas> stub of tests/setup). */
export const page = {
  canvases: new Map<string, { canvas: FakeCanvas; cssWidth: number; cssHeight: number }>(),
  pixelRatio: 2,
  mount(id: string, type: '2d' | 'webgl', cssWidth: number, cssHeight: number): void {
    page.canvases.set(id, { canvas: new FakeCanvas(type, cssWidth, cssHeight, true, id), cssWidth, cssHeight });
  },
  unmount(id: string): void {
    page.canvases.delete(id);
  },
};

onReset(() => {
  page.canvases.clear();
  page.pixelRatio = 2;
  network.https.clear();
});

interface NodeFields {
  node?: boolean;
  size?: boolean;
}

/** wx.createSelectorQuery(): select('#id') → fields({ node, size }) → exec(cb). */
export function createSelectorQuery() {
  const requests: Array<{ selector: string; fields: NodeFields; cb?: (r: unknown) => void }> = [];
  const query = {
    in() {
      return query;
    },
    select(selector: string) {
      return {
        fields(fields: NodeFields, cb?: (r: unknown) => void) {
          requests.push({ selector, fields, cb });
          return query;
        },
        node(cb?: (r: unknown) => void) {
          requests.push({ selector, fields: { node: true }, cb });
          return query;
        },
        boundingClientRect(cb?: (r: unknown) => void) {
          requests.push({ selector, fields: { size: true }, cb });
          return query;
        },
      };
    },
    exec(cb?: (res: unknown[]) => void) {
      // Answers after the current task, as the view layer does.
      setTimeout(() => {
        const res = requests.map(({ selector, fields, cb: each }) => {
          const id = selector.startsWith('#') ? selector.slice(1) : '';
          const found = page.canvases.get(id);
          const info = found ? { ...(fields.node ? { node: found.canvas } : {}), ...(fields.size ? { width: found.cssWidth, height: found.cssHeight } : {}) } : null;
          each?.(info);
          return info;
        });
        wx.log.record('createSelectorQuery.exec', { selectors: requests.map((r) => r.selector) }, 'ok');
        cb?.(res);
      }, 0);
      return query;
    },
  };
  return query;
}

export function createOffscreenCanvas(opts: { type?: string; width?: number; height?: number }): FakeCanvas {
  return new FakeCanvas(opts.type === '2d' ? '2d' : 'webgl', opts.width ?? 300, opts.height ?? 150, false);
}

/** The image files canvasToTempFilePath wrote, with what had been drawn when it ran. */
export const exported = new Map<string, { ops: DrawOp[]; width: number; height: number; fileType: string }>();
onReset(() => exported.clear());

export function canvasToTempFilePath(opts: Record<string, unknown>): unknown {
  const api = 'canvasToTempFilePath';
  return invoke(api, opts, () => {
    expectType(api, 'canvasId', opts.canvasId, 'String', false);
    expectType(api, 'canvas', opts.canvas, 'Object', false);
    expectType(api, 'fileType', opts.fileType, 'String', false);
    expectType(api, 'quality', opts.quality, 'Number', false);
    for (const k of ['x', 'y', 'width', 'height', 'destWidth', 'destHeight']) expectType(api, k, opts[k], 'Number', false);
    const canvas = opts.canvas as FakeCanvas | undefined;
    if (!canvas) fail(api, 'canvasId or canvas is required (this app draws only on 2d canvas components)');
    if (!(canvas instanceof FakeCanvas) || !canvas[COMPONENT]) fail(api, 'canvas is not a canvas component instance (type="2d"); offscreen canvases are not exported');
    const fileType = (opts.fileType as string | undefined) ?? 'png';
    if (fileType !== 'png' && fileType !== 'jpg') fail(api, `parameter error: fileType "${fileType}"`);
    const width = (opts.destWidth as number | undefined) ?? canvas.width * page.pixelRatio;
    const height = (opts.destHeight as number | undefined) ?? canvas.height * page.pixelRatio;
    const tempFilePath = wx.tempFile('canvas', fileType, { width, height });
    exported.set(tempFilePath, { ops: [...canvas.ctx.ops], width, height, fileType });
    return { tempFilePath, errMsg: 'canvasToTempFilePath:ok' };
  });
}
