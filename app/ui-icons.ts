import { Ban, createElement, Hand, Heart, Laugh, MessageCircleOff, PartyPopper, ThumbsUp, Users, type IconNode } from 'lucide';
import type { Emote } from '../model';

/**
 * The pages' small icons, as inline SVG from lucide rather than emoji: a machine without an
 * emoji font (headless Chromium, many Linux desktops) showed empty boxes where the emote and
 * people buttons were. They draw in the text colour, and are decorative: the control or line
 * around each one carries the words (aria-label, or the text beside it).
 */
export const ICONS = { people: Users, mute: MessageCircleOff, kick: Ban } as const;

export const EMOTE_ICONS: Record<Emote, IconNode> = { wave: Hand, clap: PartyPopper, 'thumbs-up': ThumbsUp, heart: Heart, laugh: Laugh };

/** A fresh SVG element of `node` (an element can stand in one place only, so one per use). */
export function icon(node: IconNode, size = 18): SVGElement {
  return createElement(node, { width: size, height: size, 'aria-hidden': 'true', focusable: 'false', class: 'icon' });
}
