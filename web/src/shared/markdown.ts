// Markdown and HTML from Python become sanitized HTML: never raw author strings.

import DOMPurify from "dompurify";
import { marked } from "marked";

export function sanitize(html: string): string {
  return DOMPurify.sanitize(html);
}

export function renderMarkdown(source: string, lineBreaks = false): string {
  return sanitize(marked.parse(source, { async: false, breaks: lineBreaks, gfm: true }));
}
