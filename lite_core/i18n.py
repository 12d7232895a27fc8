"""gr.I18n: an app's strings in several languages, shown in the visitor's.

Gradio translates in the page, per visitor. Here the app runs in that visitor's own
browser, so the language is known when the app starts (the browser's, `navigator.language`),
and `i18n("key")` gives the translated string at once; the first language given is the
fallback, then the key itself.
"""

from __future__ import annotations

import os


def visitor_language() -> str:
    """`LANG` as `en_GB.UTF-8` on CPython; in the browser the runtime sets it from the
    browser's `navigator.language` when it starts."""
    return os.environ.get("LANG", "en").split(".")[0].replace("_", "-") or "en"


class I18n:
    def __init__(self, **translations: dict[str, str]) -> None:
        self.translations = translations
        self.language = self._pick(visitor_language())

    def _pick(self, language: str) -> str | None:
        language = language.lower()
        for candidate in (language, language.split("-")[0]):
            for name in self.translations:
                if name.lower() == candidate:
                    return name
        return next(iter(self.translations), None)

    def __call__(self, key: str) -> str:
        chosen = self.translations.get(self.language or "", {})
        if key in chosen:
            return chosen[key]
        for table in self.translations.values():
            if key in table:
                return table[key]
        return key
