package com.shopsight.tools.scope;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a sale happened: {@code sales_channel_id} 2 is online, 1 is in store. */
public enum Channel {
    ONLINE(2, "online"),
    STORE(1, "in store");

    private final int id;
    private final String words;

    Channel(int id, String words) {
        this.id = id;
        this.words = words;
    }

    /** The value of {@code sales_channel_id}. */
    public int id() {
        return id;
    }

    @JsonValue
    public String words() {
        return words;
    }

    /** Parses "online", "store", "in store", "instore" or the id 1 or 2. */
    public static Channel parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "").replace("-", "");
        return switch (t) {
            case "online", "2" -> ONLINE;
            case "store", "instore", "1" -> STORE;
            default -> throw new IllegalArgumentException("Unknown channel '" + text + "': use online or store");
        };
    }
}
