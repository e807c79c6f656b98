import { css } from 'lit';

/**
 * The look of the account pages (sign in, register, account, review): the lobby's background, a
 * centred column, white cards, status boxes and the review-status banners.
 */
export const pageStyles = css`
  :host { display: block; min-height: 100vh; background: linear-gradient(160deg, #eef3fa, #f9fbfd); }
  main { max-width: 680px; margin: 0 auto; padding: 28px 20px 64px; box-sizing: border-box; }
  main.wide { max-width: 1080px; }
  h1 { font-size: 26px; margin: 0 0 6px; color: #10284a; }
  p.intro { color: var(--expo-muted); margin: 0 0 20px; line-height: 1.5; }
  .card { background: var(--expo-surface); border: 1px solid var(--expo-line); border-radius: 14px; padding: 24px; box-sizing: border-box; }
  .status { padding: 20px 24px; border-radius: 12px; background: var(--expo-surface); border: 1px solid var(--expo-line); line-height: 1.5; }
  .status.error { border-color: var(--expo-danger); color: var(--expo-danger); }
  .status p { margin: 0 0 12px; }
  .status p:last-child { margin-bottom: 0; }
  .banner { border-radius: 12px; padding: 16px 20px; border: 1px solid; line-height: 1.5; }
  .banner h2 { margin: 0 0 4px; font-size: 18px; }
  .banner p { margin: 0; }
  .banner.pending { background: #fff7e0; border-color: #e5b53a; color: #6b4a00; }
  .banner.approved { background: #e6f5ea; border-color: #4f9d62; color: #1d5a2c; }
  .banner.rejected { background: #fdecea; border-color: #d0574e; color: #8a1c15; }
  .banner blockquote { margin: 8px 0 0; padding: 8px 12px; background: rgba(255, 255, 255, 0.7); border-radius: 8px; white-space: pre-line; color: var(--expo-ink); }
  .badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 2px 10px; border-radius: 999px; border: 1px solid; white-space: nowrap; }
  .badge.pending { background: #fff7e0; border-color: #e5b53a; color: #6b4a00; }
  .badge.approved { background: #e6f5ea; border-color: #4f9d62; color: #1d5a2c; }
  .badge.rejected { background: #fdecea; border-color: #d0574e; color: #8a1c15; }
  a { color: var(--expo-accent); }
  @media (max-width: 600px) {
    main { padding: 20px 12px 48px; }
    h1 { font-size: 22px; }
    .card { padding: 18px 14px; }
  }
`;
