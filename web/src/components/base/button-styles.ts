// The look of Gradio's buttons by variant (secondary, primary, stop), shared by every
// component that draws one: Button, UploadButton, DownloadButton.

import { css } from "lit";

export const buttonStyles = css`
  button { width: 100%; font: inherit; font-weight: 600; padding: var(--button-large-padding, 0.625rem 1rem); border-radius: var(--button-large-radius, 0.5rem); border: 1px solid var(--button-secondary-border-color); background: var(--button-secondary-background-fill); color: var(--button-secondary-text-color); cursor: pointer; }
  button:hover { background: var(--button-secondary-background-fill-hover); }
  button.primary { background: var(--button-primary-background-fill); border-color: var(--button-primary-border-color); color: var(--button-primary-text-color); }
  button.primary:hover { background: var(--button-primary-background-fill-hover); }
  button.stop { background: var(--button-cancel-background-fill); border-color: var(--button-cancel-border-color); color: var(--button-cancel-text-color); }
  button.stop:hover { background: var(--button-cancel-background-fill-hover); }
  button:disabled { opacity: 0.6; cursor: default; }
  /* Gradio's sizes: lg (its default), md and sm. */
  button.lg { font-size: var(--button-large-text-size, var(--text-lg, 16px)); }
  button.md { font-size: var(--button-medium-text-size, var(--text-md, 14px)); padding: var(--button-medium-padding, var(--spacing-md, 6px) calc(2 * var(--spacing-md, 6px))); border-radius: var(--button-medium-radius, var(--radius-md, 6px)); }
  button.sm { font-size: var(--button-small-text-size, var(--text-sm, 12px)); padding: var(--button-small-padding, var(--spacing-sm, 4px) calc(2 * var(--spacing-sm, 4px))); border-radius: var(--button-small-radius, var(--radius-md, 6px)); }
`;
