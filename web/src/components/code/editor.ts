// CodeMirror 6 behind a small interface, loaded as its own chunk (by code.ts's dynamic
// import) only when a page shows a gr.Code.

import { minimalSetup } from "codemirror";
import { Compartment, EditorState, Prec, type Extension } from "@codemirror/state";
import { EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentOnInput } from "@codemirror/language";
import { python } from "@codemirror/lang-python";
import { javascript } from "@codemirror/lang-javascript";
import { json } from "@codemirror/lang-json";
import { markdown } from "@codemirror/lang-markdown";
import { html } from "@codemirror/lang-html";
import { css } from "@codemirror/lang-css";
import {
  sql,
  Cassandra,
  MariaSQL,
  MSSQL,
  MySQL,
  PLSQL,
  PostgreSQL,
  SQLite,
  StandardSQL,
  type SQLDialect,
} from "@codemirror/lang-sql";
import { highlighting } from "./highlight";

export interface EditorOptions {
  value: string;
  language: string | null;
  lineNumbers: boolean;
  wrap: boolean;
  readOnly: boolean;
  minLines: number;
  maxLines: number | null;
  // The editable text's accessible name (CodeMirror's content is a contenteditable div).
  label: string;
  onChange: (value: string) => void;
  onFocus: () => void;
  onBlur: () => void;
  // Ctrl/Cmd+Enter (the playground's Run).
  onRun?: () => void;
}

export interface CodeEditor {
  setValue(value: string): void;
  configure(options: Omit<EditorOptions, "value" | "onChange" | "onFocus" | "onBlur">): void;
  destroy(): void;
}

const SQL_DIALECTS: Record<string, SQLDialect> = {
  "sql-msSQL": MSSQL,
  "sql-mySQL": MySQL,
  "sql-mariaDB": MariaSQL,
  "sql-sqlite": SQLite,
  "sql-cassandra": Cassandra,
  "sql-plSQL": PLSQL,
  "sql-pgSQL": PostgreSQL,
};

// Gradio's languages that CodeMirror's pinned packages know; any other shows as plain text.
function language(name: string | null): Extension {
  if (name === null) return [];
  if (name === "python") return python();
  if (name === "javascript") return javascript();
  if (name === "typescript") return javascript({ typescript: true });
  if (name === "json") return json();
  if (name === "markdown") return markdown();
  if (name === "html") return html();
  if (name === "css") return css();
  if (name === "sql" || name.startsWith("sql-")) return sql({ dialect: SQL_DIALECTS[name] ?? StandardSQL });
  return [];
}

const LINE_HEIGHT_EM = 1.4;

function sizing(minLines: number, maxLines: number | null): Extension {
  return EditorView.theme({
    "&": { fontSize: "0.875rem" },
    ".cm-content, .cm-gutter": { minHeight: `${String(minLines * LINE_HEIGHT_EM)}em` },
    ".cm-scroller": {
      fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
      lineHeight: String(LINE_HEIGHT_EM),
      maxHeight: maxLines === null ? "none" : `${String(maxLines * LINE_HEIGHT_EM + 0.5)}em`,
      overflow: "auto",
    },
  });
}

export function createEditor(parent: HTMLElement, root: Document | ShadowRoot, options: EditorOptions): CodeEditor {
  const lang = new Compartment();
  const numbers = new Compartment();
  const wrap = new Compartment();
  const readOnly = new Compartment();
  const size = new Compartment();
  // Set while the app replaces the text, so that only the user's edits are reported.
  let replacing = false;

  const parts = (o: Omit<EditorOptions, "value" | "onChange" | "onFocus" | "onBlur">) => ({
    lang: language(o.language),
    numbers: o.lineNumbers ? [lineNumbers(), highlightActiveLineGutter()] : [],
    wrap: o.wrap ? EditorView.lineWrapping : [],
    // Read-only text stays in the Tab order, so that a keyboard can reach, select and scroll it.
    readOnly: [
      EditorState.readOnly.of(o.readOnly),
      EditorView.editable.of(!o.readOnly),
      o.readOnly ? EditorView.contentAttributes.of({ tabindex: "0" }) : [],
    ],
    size: sizing(o.minLines, o.maxLines),
  });
  const initial = parts(options);

  const view = new EditorView({
    root,
    parent,
    state: EditorState.create({
      doc: options.value,
      extensions: [
        minimalSetup,
        highlighting,
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        keymap.of([indentWithTab]),
        Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (options.onRun?.(), options.onRun !== undefined) }])),
        lang.of(initial.lang),
        numbers.of(initial.numbers),
        wrap.of(initial.wrap),
        readOnly.of(initial.readOnly),
        size.of(initial.size),
        EditorView.contentAttributes.of({ "aria-label": options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !replacing) options.onChange(update.state.doc.toString());
          if (update.focusChanged) (update.view.hasFocus ? options.onFocus : options.onBlur)();
        }),
      ],
    }),
  });

  return {
    setValue(value: string): void {
      const current = view.state.doc.toString();
      if (current === value) return;
      replacing = true;
      try {
        view.dispatch({ changes: { from: 0, to: current.length, insert: value } });
      } finally {
        replacing = false;
      }
    },
    configure(o): void {
      const next = parts(o);
      view.dispatch({
        effects: [
          lang.reconfigure(next.lang),
          numbers.reconfigure(next.numbers),
          wrap.reconfigure(next.wrap),
          readOnly.reconfigure(next.readOnly),
          size.reconfigure(next.size),
        ],
      });
    },
    destroy(): void {
      view.destroy();
    },
  };
}
