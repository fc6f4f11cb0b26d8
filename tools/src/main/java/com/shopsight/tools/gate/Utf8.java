package com.shopsight.tools.gate;

/** DuckDB reports positions as UTF-8 byte offsets; Java strings count UTF-16 chars. */
final class Utf8 {
    private Utf8() {}

    /** The char index of byte offset {@code bytes} in {@code text}, or null when it lies outside. */
    static Integer charIndex(String text, long bytes) {
        if (bytes < 0) {
            return null;
        }
        long seen = 0;
        int i = 0;
        while (i < text.length() && seen < bytes) {
            int cp = text.codePointAt(i);
            seen += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return seen == bytes && i <= text.length() ? i : null;
    }
}
