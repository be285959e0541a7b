// One slide layout per entry of LAYOUT_SPECS (layouts.ts), drawn from the theme: background, decorations, logo;
// the placeholders (title, body, footer, slide number) are added by the post-processor (placeholders.ts, chrome.ts).
import type { Theme, LayoutStyle } from '../theme/types.js';
import { LAYOUT_SPECS, layoutSpec, styleKey } from './layouts.js';
import { resolveRegion, type SlideSize } from '../layout/geometry.js';
import type { Pptx } from './pptxgen.js';

/** The slide layout (by its name in the file) a slide with this huibao layout name uses. */
export const masterName = (l: string) => layoutSpec(l).label;

export interface Gradient {
  master: string;
  from: string;
  to: string;
  angle: number;
}

/** Define the layouts; returns the gradients the post-processor must paint (pptxgenjs has no gradient fills). */
export function defineMasters(pptx: Pptx, theme: Theme, size: SlideSize): Gradient[] {
  const gradients: Gradient[] = [];
  for (const spec of LAYOUT_SPECS) {
    const name = styleKey(spec, theme);
    const style: LayoutStyle = theme.layouts[name] ?? {};
    const objects: Record<string, unknown>[] = [];
    for (const d of style.decorations ?? []) {
      const r = resolveRegion(d, size);
      const line = d.line ? { color: d.line, width: d.lineWidthPt ?? 1 } : undefined;
      if (d.shape === 'line') {
        objects.push({ line: { ...r, line: { color: d.line ?? d.fill ?? theme.palette.accent, width: d.lineWidthPt ?? 1 } } });
      } else {
        const shape = { ...r, fill: d.fill ? { color: d.fill, transparency: d.transparency ?? 0 } : undefined, line: line ?? { type: 'none' } };
        // Masters take only rect/line/text/image objects: an ellipse is a text object with an ellipse shape.
        objects.push(d.shape === 'ellipse' ? { text: { text: '', options: { ...shape, shape: 'ellipse' } } } : { rect: shape });
      }
    }
    if (style.logo) objects.push({ image: { ...resolveRegion(style.logo, size), path: style.logo.image } });

    // The footer and slide number are placeholders (chrome.ts), added with the title and body ones.
    const bg = style.background ?? {};
    const background = bg.image ? { path: bg.image } : { color: bg.gradient?.from ?? bg.color ?? theme.palette.background };
    if (bg.gradient && !bg.image) gradients.push({ master: spec.label, ...bg.gradient });
    pptx.defineSlideMaster({ title: spec.label, background, objects: objects as never, margin: 0 });
  }
  return gradients;
}
