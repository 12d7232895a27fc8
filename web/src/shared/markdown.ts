// Markdown and HTML from Python become sanitized HTML (./sanitize.ts): never raw author strings.

import { marked } from "marked";
import { sanitize } from "./sanitize";

export { sanitize };

// `context`: the element it shows in (whether its app allows remote resources).
export function renderMarkdown(source: string, context?: Element, lineBreaks = false): string {
  return sanitize(marked.parse(source, { async: false, breaks: lineBreaks, gfm: true }), context);
}
