package com.shopsight.web.view;

/** A page that says what went wrong and where to go instead. */
public record ErrorView(Chrome chrome, int status, String message) {}
