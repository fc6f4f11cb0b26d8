package com.shopsight.web.view;

/** The schema page: the schema doc's Markdown, rendered by the page's script. */
public record SchemaView(Chrome chrome, String markdown) {}
