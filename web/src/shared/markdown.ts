// Markdown and HTML from Python become sanitized HTML: never raw author strings.

import DOMPurify from "dompurify";
import { marked } from "marked";

export function renderMarkdown(source: string, lineBreaks = false): string {
  const html = marked.parse(source, { async: false, breaks: lineBreaks, gfm: true });
  return DOMPurify.sanitize(html);
}
