package com.shopsight.web.cli;

import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A scratch folder for a benchmark's conversations, removed afterwards so runs leave nothing behind. */
final class Scratch {
    private Scratch() {}

    static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new ShopSightException("Cannot create a scratch folder: " + e.getMessage(), e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new ShopSightException("Cannot remove the scratch folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
