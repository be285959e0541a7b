// A slide's own background picture (pandoc `data-background-image`, Marp `![bg]`): the checked image and the
// colour of the slide under it go with every laid-out slide the source slide became (a split slide keeps it).
import type { Deck, ImageAsset, LaidSlide, Source } from '../model.js';
import type { Theme } from '../theme/types.js';

export function attachBackgrounds(deck: Deck, laid: LaidSlide[], theme: Theme, images: ReadonlyMap<string, ImageAsset> | undefined): void {
  const bySource = new Map<Source, NonNullable<Deck['slides'][number]['background']>>();
  for (const s of deck.slides) if (s.background) bySource.set(s.src, s.background);
  for (const s of laid) {
    const bg = bySource.get(s.src);
    const asset = bg && images?.get(bg.src);
    // A picture that could not be read was already reported (assets/images.ts): the theme's background stays.
    if (!bg || !asset?.ok) continue;
    const style = theme.layouts[s.layout].background;
    const color = style?.color ?? style?.gradient?.from ?? theme.palette.background;
    s.background = { data: asset.data, mime: asset.mime, width: asset.width, height: asset.height, fit: bg.fit, color };
  }
}
