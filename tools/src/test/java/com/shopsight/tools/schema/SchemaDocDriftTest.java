package com.shopsight.tools.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.data.Scale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Fails when the committed schema-docs/hm.md and hm.json drift from what `shopsight learn`
 * produces. Learning the default (small) dataset takes too long for a unit test, so the
 * check is split: the renderer must turn the committed JSON into the committed Markdown, and
 * learning the tiny dataset must give the committed JSON's scale-free shape.
 */
class SchemaDocDriftTest {
    private static final String HOW_TO_REFRESH = "schema-docs/hm.* drifted from what `shopsight learn` produces."
            + " Refresh them from the default dataset: mvn -q package -DskipTests && java -jar web/target/shopsight.jar"
            + " --db /tmp/hm-small.duckdb generate --scale small && java -jar web/target/shopsight.jar"
            + " --db /tmp/hm-small.duckdb learn";

    private static Path committed(String file) {
        return Path.of(System.getProperty("shopsight.repo.root", "..")).resolve("schema-docs").resolve(file);
    }

    private static SchemaDoc committedDoc() throws IOException {
        return SchemaDocJson.read(Files.readString(committed("hm.json")));
    }

    @Test
    void the_committed_markdown_is_what_the_committed_json_renders_to() throws IOException {
        assertThat(SchemaDocMarkdown.render(committedDoc()))
                .as(HOW_TO_REFRESH)
                .isEqualTo(Files.readString(committed("hm.md")));
    }

    @Test
    void the_committed_json_is_written_exactly_as_learn_writes_it() throws IOException {
        assertThat(SchemaDocJson.write(committedDoc())).as(HOW_TO_REFRESH).isEqualTo(Files.readString(committed("hm.json")));
    }

    @Test
    void learning_the_tiny_dataset_gives_the_committed_shape() throws IOException {
        assertThat(SchemaShape.of(LearnedTiny.doc()).json())
                .as(HOW_TO_REFRESH)
                .isEqualTo(SchemaShape.of(committedDoc()).json());
    }

    @Test
    void the_committed_docs_describe_the_default_small_dataset() throws IOException {
        SchemaDoc doc = committedDoc();
        assertThat(doc.headlineFigures().articles()).as(HOW_TO_REFRESH).isEqualTo(Scale.SMALL.articles());
        assertThat(doc.headlineFigures().customers()).as(HOW_TO_REFRESH).isEqualTo(Scale.SMALL.customers());
    }

    @Test
    void the_committed_markdown_fits_in_a_prompt() throws IOException {
        assertThat(SchemaDocMarkdown.estimateTokens(Files.readString(committed("hm.md")))).isLessThanOrEqualTo(6_000);
    }
}
