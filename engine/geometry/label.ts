import type { LocalizedText } from '../../model';
import type { TexturedQuad } from './mesh-data';

/** Where a text cell is shown: a textured quad without its UVs (the atlas supplies them). */
export type LabelQuad = Omit<TexturedQuad, 'uv'>;

/** Colours of a text cell as CSS colours. */
export interface LabelStyle {
  background: string;
  foreground: string;
}

/**
 * One text to draw into the shared atlas, shown on one or more quads (a sign's two faces, an
 * island booth's four fascias). `aspect` (width / height of the quads) sizes the atlas cell so
 * the text is not stretched.
 */
export interface LabelSpot {
  key: string;
  text: LocalizedText;
  style: LabelStyle;
  aspect: number;
  quads: LabelQuad[];
}
