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
`;
