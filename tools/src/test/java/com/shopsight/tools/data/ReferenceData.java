package com.shopsight.tools.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real H&M reference files (../shared/reference/hm-stats/ beside the checkout); a
 * test that needs one is skipped, with the reason, where they are absent. Never copied.
 */
final class ReferenceData {
    private ReferenceData() {}

    static Path file(String name) {
        Path root = Path.of(System.getProperty("shopsight.repo.root", "..")).toAbsolutePath();
        Path file = root.resolveSibling("shared").resolve("reference").resolve("hm-stats").resolve(name).normalize();
        assumeTrue(Files.isRegularFile(file), "the real H&M reference file " + file + " is not on this machine");
        return file;
    }
}
