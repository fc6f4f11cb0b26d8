package com.shopsight.web.view;

/**
 * The sign-in form of a server protected by a token.
 *
 * @param chrome the frame
 * @param next where to go after signing in (a path on this server)
 * @param failed whether the last try had the wrong token
 */
public record LoginView(Chrome chrome, String next, boolean failed) {}
