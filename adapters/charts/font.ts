/**
 * The chart font: Noto Sans (Simplified Chinese, which also holds the
 * traditional forms the article's names take), shipped as an npm package and
 * loaded from node_modules, so a fresh install renders Chinese labels with no
 * system fonts at all.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The family name inside the font file, as SVG text asks for it. */
export const CHART_FONT_FAMILY = 'Noto Sans S Chinese';

/** The path of the shipped regular-weight font file. */
export function chartFontFile(): string {
  // The package exports only its index (dist/index.*); the fonts sit beside dist/.
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  return join(dirname(dirname(entry)), 'fonts', 'NotoSansHans-Regular.otf');
}
