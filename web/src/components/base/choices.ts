// Looks shared by the components that show their choices as a row of options.

import { css } from "lit";

export const choiceStyles = css`
  fieldset { border: 0; padding: 0; margin: 0; }
  /* No browser inset: the legend lines up with the other blocks' labels. */
  legend { padding: 0; }
  .choices { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .choice { display: inline-flex; gap: 0.5rem; align-items: center; line-height: 1.25; padding: var(--spacing-md, 0.375rem) calc(2 * var(--spacing-md, 0.375rem)); border: var(--input-border-width, 1px) solid var(--checkbox-label-border-color); border-radius: var(--radius-lg); background: var(--checkbox-label-background-fill); cursor: pointer; }
  .choice:has(input:checked) { border-color: var(--color-accent); background: var(--color-accent-soft); }
  /* No browser margin: the mark sits centred on the text's line. */
  input { accent-color: var(--color-accent); width: 1rem; height: 1rem; margin: 0; flex: none; }
`;
