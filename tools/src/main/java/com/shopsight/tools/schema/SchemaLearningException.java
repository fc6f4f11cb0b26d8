package com.shopsight.tools.schema;

import com.shopsight.tools.ShopSightException;

/** Learning could not finish: an example question's SQL failed, so the doc would mislead. */
public final class SchemaLearningException extends ShopSightException {
    public SchemaLearningException(String message, Throwable cause) {
        super(message, cause);
    }
}
