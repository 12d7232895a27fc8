// Looks shared by the components that show their choices as a row of options.

import { css } from "lit";

export const choiceStyles = css`
  fieldset { border: 0; padding: 0; margin: 0; }
  .choices { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .choice { display: inline-flex; gap: 0.375rem; align-items: center; padding: 0.375rem 0.625rem; border: 1px solid var(--border-color-primary); border-radius: 0.5rem; cursor: pointer; }
  input { accent-color: var(--color-accent); }
`;
