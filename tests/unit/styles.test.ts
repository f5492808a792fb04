import fs from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import * as sass from 'sass';

// The stylesheets' house rules, checked on the compiled CSS the app ships:
// - each BEM block has one home: a class block styled from two stylesheets looks right or wrong depending on
//   which stylesheet the bundler happens to load last (both builds set ignoreOrder, so nothing fixes that order);
// - the theme's values are used through its variables, so changing the brand red is a one-line change;
// - the seller's subpackage never imports a main-package page: a page's stylesheet is that page's, and the
//   seller's pages get shared styles from the component that owns them.

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');
const THEME = path.join(SRC, 'styles', '_theme.scss');

function filesUnder(dir: string, ends: readonly string[]): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, ends);
    return ends.some((end) => entry.name.endsWith(end)) ? [full] : [];
  });
}

const rel = (file: string): string => path.relative(ROOT, file);
/** Stylesheets a component imports; Sass partials (_*.scss) only exist inside them. */
const stylesheets = filesUnder(SRC, ['.scss']).filter((file) => !path.basename(file).startsWith('_'));

/** block name → the stylesheets whose rules start with it (`.order-card__title` and `.order-card--x .y` both count for `order-card`) */
function blockHomes(): Map<string, Set<string>> {
  const homes = new Map<string, Set<string>>();
  for (const file of stylesheets) {
    const css = sass.compile(file).css;
    postcss.parse(css).walkRules((rule) => {
      for (const selector of rule.selectors) {
        const first = /^\.([A-Za-z0-9_-]+)(.*)$/.exec(selector.trim());
        if (!first) continue;
        // The one deliberate exception: a user's own modifier of another block, styling that block's insides
        // (`.choice--carrier .choice__option`): the descendant selector outranks the block's own rules.
        const ownModifier = first[1].includes('--') && /^\s*[\s>+~]/.test(first[2]);
        const block = ownModifier ? first[1] : first[1].split(/__|--/)[0];
        const set = homes.get(block) ?? new Set<string>();
        set.add(rel(file));
        homes.set(block, set);
      }
    });
  }
  return homes;
}

describe('stylesheets', () => {
  it('style each class block from one stylesheet only, so no look depends on load order', () => {
    const shared = [...blockHomes()].filter(([, files]) => files.size > 1).map(([block, files]) => `.${block}: ${[...files].sort().join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('write the theme colours through its variables, never as literals elsewhere', () => {
    const theme = fs.readFileSync(THEME, 'utf8');
    const colours = [...theme.matchAll(/^\$([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/gm)].map((m) => ({ name: m[1], value: m[2].toLowerCase() }));
    expect(colours.map((c) => c.value)).toContain('#c8553d');
    const literals = filesUnder(SRC, ['.scss'])
      .filter((file) => file !== THEME)
      .flatMap((file) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            colours.filter((c) => new RegExp(`${c.value}(?![0-9a-f])`, 'i').test(line)).map((c) => `${rel(file)}:${i + 1} ${c.value} → $${c.name}`),
          ),
      );
    expect(literals).toEqual([]);
  });

  it('keep the seller subpackage off the main package pages (no import of src/pages from src/seller)', () => {
    const pages = path.join(SRC, 'pages') + path.sep;
    const crossings = filesUnder(path.join(SRC, 'seller'), ['.ts', '.tsx', '.scss']).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s+|@use\s+|@import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)]
        .filter((m) => path.resolve(path.dirname(file), m[1]).startsWith(pages))
        .map((m) => `${rel(file)} → ${m[1]}`),
    );
    expect(crossings).toEqual([]);
  });
});
