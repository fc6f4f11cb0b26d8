package com.shopsight.agent.conversation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps conversations as one JSON file each ({@code <folder>/<id>.json}, usually
 * data/conversations beside the database), so a conversation continues across command-line
 * runs and restarts. Writes replace the whole file atomically; turns of one conversation are
 * appended one at a time. Thread-safe.
 */
public final class ConversationStore {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Whole numbers come back as Long, as the gate gives them, so a stored table equals the original.
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public ConversationStore(Path folder) {
        this.folder = folder;
    }

    /** The store of a database: data/conversations beside it. */
    public static ConversationStore besideDatabase(Path database) {
        return new ConversationStore(database.toAbsolutePath().resolveSibling("conversations"));
    }

    /** Whether {@code id} can name a conversation: letters, digits, '-' and '_', at most 64. */
    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** A fresh random id, such as {@code c-3f9a1b2c7d}. */
    public static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "c-" + HexFormat.of().formatHex(bytes);
    }

    /** The conversation called {@code id}, if it has been stored. */
    public Optional<Conversation> load(String id) {
        Path file = file(id);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), Conversation.class));
        } catch (IOException e) {
            throw new ShopSightException("Cannot read conversation " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends {@code turn} to conversation {@code id}, starting it if needed; returns the conversation. */
    public Conversation append(String id, Turn turn) {
        synchronized (locks.computeIfAbsent(id, k -> new Object())) {
            Conversation c = load(id).orElse(Conversation.start(id, turn.at())).with(turn);
            write(c);
            return c;
        }
    }

    /** Every stored conversation's id, the most recently changed first. */
    public List<String> ids() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> list = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".json")).toList());
            list.sort(Comparator.comparing(ConversationStore::modified).reversed());
            return list.stream().map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).filter(ConversationStore::validId)
                    .toList();
        } catch (IOException e) {
            throw new ShopSightException("Cannot list conversations in " + folder + ": " + e.getMessage(), e);
        }
    }

    private void write(Conversation c) {
        Path file = file(c.id());
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, c.id() + ".", ".tmp");
            json.writeValue(tmp.toFile(), c);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ShopSightException("Cannot write conversation " + file + ": " + e.getMessage(), e);
        }
    }

    private Path file(String id) {
        if (!validId(id)) {
            throw new IllegalArgumentException("not a conversation id: " + id);
        }
        return folder.resolve(id + ".json");
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            // Deleted while listing: it sorts last and the listing moves on.
            return Instant.EPOCH;
        }
    }
}
