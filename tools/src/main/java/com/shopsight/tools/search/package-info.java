/**
 * Product search: {@link com.shopsight.tools.search.SearchTool} finds articles from a
 * description by words ({@code LexicalIndex}: fields, typos, synonyms, phrases) and meaning
 * ({@link com.shopsight.tools.search.SemanticIndex}: the in-process bge-small-en-v1.5 model over
 * the distinct names, types and descriptions, cached in a sidecar DuckDB file by text hash and
 * model, built in the background on a server), and says what it could not match.
 */
package com.shopsight.tools.search;
