import { readFileSync, readdirSync, statSync } from 'fs';
import { join, relative } from 'path';
import { useState } from 'react';
import { act, render, waitFor } from '@testing-library/react';
import { Textarea } from '@tarojs/components';
import { GrowingTextarea } from '../../src/components/form';

// jsdom lays nothing out, so the browser's measurements are given the way a browser would answer them
// for a textarea whose lines are 20 px: `offsetHeight` from its rows (or the height Taro sets while
// measuring), `scrollHeight` from the lines of its text (never less than the box). Taro's H5 textarea
// then counts the lines itself (taro-textarea-core's getNumberOfLines) and sets `rows`.
const LINE = 20;
const proto = HTMLTextAreaElement.prototype;

beforeAll(() => {
  Object.defineProperty(proto, 'offsetHeight', {
    configurable: true,
    get(this: HTMLTextAreaElement) {
      return this.style.height ? parseFloat(this.style.height) : this.rows * LINE;
    },
  });
  Object.defineProperty(proto, 'scrollHeight', {
    configurable: true,
    get(this: HTMLTextAreaElement) {
      return Math.max(this.value.split('\n').length * LINE, this.offsetHeight);
    },
  });
});

afterAll(() => {
  delete (proto as unknown as Record<string, unknown>).offsetHeight;
  delete (proto as unknown as Record<string, unknown>).scrollHeight;
});

function Controlled({ grows }: { grows: boolean }) {
  const [value, setValue] = useState('第一行');
  return grows ? (
    <GrowingTextarea className='story' value={value} maxlength={2000} onInput={(e) => setValue(e.detail.value)} />
  ) : (
    <Textarea className='field__textarea story' value={value} maxlength={2000} onInput={(e) => setValue(e.detail.value)} />
  );
}

async function typeInto(container: HTMLElement, value: string) {
  const inner = await waitFor(() => {
    const el = container.querySelector('textarea');
    if (!el) throw new Error('no textarea yet');
    // a browser reports the computed line-height in px; jsdom, what was declared (Taro's 1.5)
    el.style.lineHeight = `${LINE}px`;
    return el;
  });
  await act(async () => {
    inner.value = value;
    inner.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
  });
  return inner;
}

describe('GrowingTextarea', () => {
  it('grows a line at a time with what is typed, and shrinks back (Taro H5 autoHeight)', async () => {
    const { container } = render(<Controlled grows />);
    const inner = await typeInto(container, '第一行\n第二行\n第三行\n第四行');
    await waitFor(() => expect(inner.rows).toBe(4));
    expect(inner.classList.contains('auto-height')).toBe(true);
    expect(container.querySelector('taro-textarea-core')?.className).toContain('field__textarea');

    await typeInto(container, '只剩一行');
    await waitFor(() => expect(inner.rows).toBe(1));
  });

  it('a plain Textarea does not: it stays at the browser’s two rows and scrolls inside', async () => {
    const { container } = render(<Controlled grows={false} />);
    const inner = await typeInto(container, '第一行\n第二行\n第三行\n第四行');
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(inner.classList.contains('auto-height')).toBe(false);
    expect(inner.rows).toBe(2);
  });

  it('is the only textarea of the app: every multi-line field goes through it', () => {
    const root = join(__dirname, '../../src');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx$/.test(name) && !path.endsWith('growing-textarea.tsx') && /<Textarea\b/.test(readFileSync(path, 'utf8'))) offenders.push(relative(root, path));
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
