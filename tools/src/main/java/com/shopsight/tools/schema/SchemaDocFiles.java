package com.shopsight.tools.schema;

import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a schema doc as {@code <name>.md} and {@code <name>.json} into a folder. */
public final class SchemaDocFiles {
    private SchemaDocFiles() {}

    /** Where the two files went and how big the Markdown is. */
    public record Written(Path markdown, Path json, int markdownTokens) {}

    /** A name that is safe as a file name on every system. */
    public static boolean validName(String name) {
        return name != null && name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    }

    public static Written write(SchemaDoc doc, Path folder) {
        if (!validName(doc.name())) {
            throw new IllegalArgumentException("Not a usable doc name: '" + doc.name()
                    + "' (letters, digits, '.', '_' and '-', starting with a letter or digit)");
        }
        String markdown = SchemaDocMarkdown.render(doc);
        Path md = folder.resolve(doc.name() + ".md");
        Path json = folder.resolve(doc.name() + ".json");
        try {
            Files.createDirectories(folder);
            Files.writeString(md, markdown, StandardCharsets.UTF_8);
            Files.writeString(json, SchemaDocJson.write(doc), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ShopSightException("Cannot write the schema doc to " + folder + ": " + e.getMessage(), e);
        }
        return new Written(md, json, SchemaDocMarkdown.estimateTokens(markdown));
    }
}
