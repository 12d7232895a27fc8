// Syntax colours from the page's CSS variables (lite.css sets them for light and dark), so
// the editor follows the app's colour scheme. CodeMirror's default style is for light pages
// only: in dark mode its keywords (#708 on near-black) fall to 1.9:1.
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";
import { EditorView } from "@codemirror/view";
import type { Extension } from "@codemirror/state";

const colour = (name: string) => `var(--lite-code-${name})`;

const style = HighlightStyle.define([
  {
    tag: [t.keyword, t.controlKeyword, t.operatorKeyword, t.moduleKeyword, t.definitionKeyword],
    color: colour("keyword"),
  },
  { tag: [t.string, t.special(t.string), t.regexp, t.character], color: colour("string") },
  { tag: [t.number, t.bool, t.null, t.atom], color: colour("number") },
  { tag: [t.comment, t.meta, t.documentMeta], color: colour("comment"), fontStyle: "italic" },
  {
    tag: [t.function(t.definition(t.variableName)), t.definition(t.className), t.definition(t.propertyName)],
    color: colour("definition"),
  },
  { tag: [t.typeName, t.className, t.namespace, t.tagName], color: colour("type") },
  { tag: [t.attributeName, t.propertyName, t.labelName], color: colour("property") },
  { tag: t.invalid, color: colour("invalid") },
  { tag: t.heading, fontWeight: "bold" },
  { tag: t.emphasis, fontStyle: "italic" },
  { tag: t.strong, fontWeight: "bold" },
  { tag: t.link, textDecoration: "underline" },
  { tag: t.strikethrough, textDecoration: "line-through" },
]);

export const highlighting: Extension = [
  syntaxHighlighting(style),
  EditorView.theme({
    ".cm-activeLine": { backgroundColor: colour("active-line") },
    ".cm-activeLineGutter": { backgroundColor: colour("active-line") },
    ".cm-gutters": { backgroundColor: "transparent", color: colour("comment"), border: "none" },
  }),
];
