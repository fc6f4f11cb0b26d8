package com.shopsight.tools;

/**
 * Root of the exceptions that mean a broken environment (a missing database, an unreadable
 * file, a DuckDB failure); expected failures are sealed results instead, never this.
 */
public class ShopSightException extends RuntimeException {
    public ShopSightException(String message) {
        super(message);
    }

    public ShopSightException(String message, Throwable cause) {
        super(message, cause);
    }
}
