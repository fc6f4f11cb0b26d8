package com.shopsight.web.cli;

import com.shopsight.tools.ShopSightException;

/** A command's input was rejected (a bad file, SQL or question); exits with code 4. */
final class InputRejectedException extends ShopSightException {
    InputRejectedException(String message) {
        super(message);
    }
}
