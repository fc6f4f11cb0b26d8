package com.shopsight.agent.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where evaluation reports live: each run in its own folder {@code eval-<UTC time>} under a
 * reports folder (by default {@code reports} beside the database), holding {@code report.json},
 * {@code junit.xml} and {@code report.html}; {@code latest.json} in the reports folder names
 * the newest run (and a {@code latest} link points at it where the file system allows links).
 * The chat page finds the latest report through {@link #latest}.
 */
public final class EvalReports {
    /** The file in the reports folder that names the newest run. */
    public static final String LATEST = "latest.json";
    public static final String HTML = "report.html";
    public static final String JSON = "report.json";
    public static final String JUNIT = "junit.xml";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private EvalReports() {}

    /** The reports folder for a database: {@code reports} in the database's folder. */
    public static Path defaultRoot(Path database) {
        Path parent = database.toAbsolutePath().getParent();
        return parent.resolve("reports");
    }

    /**
     * Writes the three reports of {@code run} to a new folder under {@code root} and makes it
     * the latest.
     *
     * @return the new folder
     */
    public static Path write(EvalRun run, Path root) {
        try {
            Files.createDirectories(root);
            Path folder = newFolder(root, "eval-" + STAMP.format(run.started()));
            JsonReport.write(run, folder.resolve(JSON));
            JunitReport.write(run, folder.resolve(JUNIT));
            HtmlReport.write(run, folder.resolve(HTML));
            pointLatestAt(root, folder, run);
            return folder;
        } catch (IOException e) {
            throw new ShopSightException("Cannot write the evaluation reports under " + root + ": " + e.getMessage(), e);
        }
    }

    /** The folder of the newest run under {@code root}, if there is one. */
    public static Optional<Path> latest(Path root) {
        Path pointer = root.resolve(LATEST);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JsonReport.JSON.readTree(pointer.toFile());
            Path folder = root.resolve(node.path("folder").asText());
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (IOException e) {
            throw new ShopSightException("Cannot read " + pointer + ": " + e.getMessage(), e);
        }
    }

    private static Path newFolder(Path root, String name) throws IOException {
        for (int n = 1; ; n++) {
            Path folder = root.resolve(n == 1 ? name : name + "-" + n);
            try {
                return Files.createDirectory(folder);
            } catch (FileAlreadyExistsException taken) {
                // Two runs started in the same second: the next suffix.
            }
        }
    }

    private static void pointLatestAt(Path root, Path folder, EvalRun run) throws IOException {
        Summary s = run.summary();
        Map<String, Object> latest = new LinkedHashMap<>();
        latest.put("folder", folder.getFileName().toString());
        latest.put("html", folder.getFileName() + "/" + HTML);
        latest.put("dataset", run.dataset());
        latest.put("mode", run.mode());
        latest.put("finished", run.finished().toString());
        latest.put("questions", s.overall().questions());
        latest.put("strict", s.overall().strictShare());
        latest.put("lenient", s.overall().lenientShare());
        Path tmp = root.resolve(LATEST + ".tmp");
        JsonReport.JSON.writeValue(tmp.toFile(), latest);
        Files.move(tmp, root.resolve(LATEST), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Path link = root.resolve("latest");
        try {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, folder.getFileName());
        } catch (UnsupportedOperationException | IOException noLinks) {
            // Some file systems (and Windows without the privilege) have no links: latest.json is the pointer.
        }
    }
}
